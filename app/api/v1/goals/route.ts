// GET /api/v1/goals: the token owner's goals, a page at a time (lib/api/endpoints.ts).
import { apiRoute } from "@/lib/api/api-route";
import { listGoals as listGoalsEndpoint } from "@/lib/api/endpoints";
import { nextPageLink, toApiGoal } from "@/lib/api/to-wire";
import { listGoals } from "@/lib/goals/list-goals";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listGoalsEndpoint, async ({ user, query, request }) => {
  const { goals, hasMore } = await listGoals(user, { status: query.status.toUpperCase() as "ACTIVE" | "ACHIEVED" | "DROPPED", page: query.page });
  return {
    data: goals.map((goal) => toApiGoal(goal, goal.progress)),
    next: nextPageLink(request, query.page, hasMore, { status: query.status }),
  };
});
