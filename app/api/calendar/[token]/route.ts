// The private calendar feed: GET /api/calendar/<token>.ics, fetched by calendar apps that hold
// no cookie. The secret in the path is the only credential; anything that is not a live token
// gets the same bare 404.
import { findUserByCalendarToken, parseFeedPathSegment } from "@/lib/calendar/feed-token";
import { listCalendarEvents } from "@/lib/calendar/calendar-events";
import { buildCalendar } from "@/lib/calendar/build-calendar";
import { feedEtag, matchesIfNoneMatch } from "@/lib/calendar/feed-etag";

export const dynamic = "force-dynamic";

/** Asks subscribing clients that honour it (Apple, Thunderbird) to refresh hourly. */
const REFRESH_SECONDS = 60 * 60;

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = parseFeedPathSegment((await params).token);
  if (!token) return notFound();
  const user = await findUserByCalendarToken(token);
  if (!user) return notFound();
  const now = new Date();
  const feed = {
    name: "Stepwise",
    description: "Your goal deadlines, your buddies' shared deadlines and your review sessions.",
    events: await listCalendarEvents(user, now),
    refreshSeconds: REFRESH_SECONDS,
  };
  const etag = feedEtag(feed);
  const headers = { ETag: etag, "Cache-Control": "private, max-age=300", "X-Robots-Tag": "noindex, nofollow" };
  // Unchanged since the client's copy: no body to build or send.
  if (matchesIfNoneMatch(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(buildCalendar({ ...feed, now }), { headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" } });
}
