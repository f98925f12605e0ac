// GET /api/v1/goals/<goalId>: one of the token owner's goals; anyone else's is 404.
import { apiRoute } from "@/lib/api/api-route";
import { getGoal } from "@/lib/api/endpoints";
import { toApiGoal } from "@/lib/api/to-wire";
import { getGoalDetail } from "@/lib/goals/get-goal";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getGoal, async ({ user, params }) => {
  const detail = await getGoalDetail(user, params.goalId);
  return { data: toApiGoal(detail.goal, detail.progress) };
});
