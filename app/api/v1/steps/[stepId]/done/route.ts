// POST /api/v1/steps/<stepId>/done: marks a step done, as its checkbox on the goal page does.
import { apiRoute } from "@/lib/api/api-route";
import { markStepDone } from "@/lib/api/endpoints";
import { toApiStep } from "@/lib/api/to-wire";
import { getMicroGoal } from "@/lib/goals/get-micro-goal";
import { setMicroGoalDone } from "@/lib/goals/micro-goals";

export const dynamic = "force-dynamic";

export const POST = apiRoute(markStepDone, async ({ user, params }) => {
  await setMicroGoalDone(user, params.stepId, true);
  return { data: toApiStep(await getMicroGoal(user, params.stepId)) };
});
