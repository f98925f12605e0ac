// GET /api/v1/deadlines: the token owner's open deadlines, overdue first, up to `days` ahead.
import { apiRoute } from "@/lib/api/api-route";
import { listDeadlines } from "@/lib/api/endpoints";
import { nextPageLink } from "@/lib/api/to-wire";
import { listUpcomingDeadlines } from "@/lib/goals/upcoming-deadlines";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listDeadlines, async ({ user, query, request }) => {
  const { today, deadlines, hasMore } = await listUpcomingDeadlines(user, { daysAhead: query.days, page: query.page });
  return { today, data: deadlines, next: nextPageLink(request, query.page, hasMore, { days: query.days }) };
});
