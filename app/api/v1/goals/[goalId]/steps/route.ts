// GET /api/v1/goals/<goalId>/steps: every step of one of the token owner's goals, in plan order.
import { apiRoute } from "@/lib/api/api-route";
import { listSteps } from "@/lib/api/endpoints";
import { toApiStep } from "@/lib/api/to-wire";
import { getGoalDetail } from "@/lib/goals/get-goal";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listSteps, async ({ user, params }) => {
  const detail = await getGoalDetail(user, params.goalId);
  return { data: detail.microGoals.map(toApiStep) };
});
