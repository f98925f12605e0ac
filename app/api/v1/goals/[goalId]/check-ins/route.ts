// POST /api/v1/goals/<goalId>/check-ins: records a check-in, as the goal page's form does.
import { apiRoute } from "@/lib/api/api-route";
import { createCheckIn } from "@/lib/api/endpoints";
import { toApiCheckIn } from "@/lib/api/to-wire";
import { addCheckIn } from "@/lib/goals/check-ins";

export const dynamic = "force-dynamic";

export const POST = apiRoute(createCheckIn, async ({ user, params, body }) => {
  const { id, createdAt } = await addCheckIn(user, params.goalId, body);
  return { data: toApiCheckIn({ id, goalId: params.goalId, note: body.note, progressValue: body.progressValue, createdAt }) };
});
