// The private calendar feed: GET /api/calendar/<token>.ics, fetched by calendar apps that hold
// no cookie. The secret in the path is the only credential; anything that is not a live token
// gets the same bare 404.
import { findUserByCalendarToken, parseFeedPathSegment } from "@/lib/calendar/feed-token";
import { listCalendarEvents } from "@/lib/calendar/calendar-events";
import { buildCalendar } from "@/lib/calendar/build-calendar";

export const dynamic = "force-dynamic";

/** Asks subscribing clients that honour it (Apple, Thunderbird) to refresh hourly. */
const REFRESH_SECONDS = 60 * 60;

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = parseFeedPathSegment((await params).token);
  if (!token) return notFound();
  const user = await findUserByCalendarToken(token);
  if (!user) return notFound();
  const now = new Date();
  const events = await listCalendarEvents(user, now);
  const body = buildCalendar({
    name: "Stepwise",
    description: "Your goal deadlines, your buddies' shared deadlines and your review sessions.",
    events,
    now,
    refreshSeconds: REFRESH_SECONDS,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
}
