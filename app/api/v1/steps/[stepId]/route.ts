// GET /api/v1/steps/<stepId>: one step of one of the token owner's goals.
import { apiRoute } from "@/lib/api/api-route";
import { getStep } from "@/lib/api/endpoints";
import { toApiStep } from "@/lib/api/to-wire";
import { getMicroGoal } from "@/lib/goals/get-micro-goal";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getStep, async ({ user, params }) => ({ data: toApiStep(await getMicroGoal(user, params.stepId)) }));
