// The actor's open deadlines up to some days ahead, overdue ones included: the deadlines of
// active goals and of their undone steps, soonest first, a page at a time. Only the actor's own
// goals: a buddy's goals are never in it, shared or not.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { addDays, todayIn, toDbDate } from "@/lib/time/calendar-date";
import { deadlineStatus, type DeadlineStatus } from "./progress";

export const DEADLINE_PAGE_SIZE = 50;
export const MAX_DEADLINE_DAYS_AHEAD = 366;

export type UpcomingDeadline = {
  kind: "goal" | "step";
  id: string;
  goalId: string;
  title: string;
  goalTitle: string;
  deadline: string;
  status: Exclude<DeadlineStatus, "done">;
};

type Row = { kind: "goal" | "step"; id: string; goalId: string; title: string; goalTitle: string; deadline: string };

/**
 * Pages are by offset, as on the goals list: a person's open deadlines within a year are a few
 * hundred at most, and the (deadline, kind, id) order is total so nothing repeats between pages.
 */
export async function listUpcomingDeadlines(actor: SessionUser, options: { daysAhead: number; page?: number }, now = new Date()): Promise<{ today: string; deadlines: UpcomingDeadline[]; hasMore: boolean }> {
  const db = await getDb();
  const today = todayIn(actor.timeZone, now);
  const until = toDbDate(addDays(today, Math.min(Math.max(0, Math.floor(options.daysAhead)), MAX_DEADLINE_DAYS_AHEAD)));
  const page = Math.max(0, Math.floor(options.page ?? 0));
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT 'goal' AS "kind", g."id", g."id" AS "goalId", g."title", g."title" AS "goalTitle", to_char(g."deadline", 'YYYY-MM-DD') AS "deadline", g."deadline" AS "sortDate"
      FROM "Goal" g
      WHERE g."ownerId" = ${actor.id}::uuid AND g."status" = 'ACTIVE' AND g."deadline" <= ${until}::date
      UNION ALL
      SELECT 'step', m."id", g."id", m."title", g."title", to_char(m."deadline", 'YYYY-MM-DD'), m."deadline"
      FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
      WHERE g."ownerId" = ${actor.id}::uuid AND g."status" = 'ACTIVE' AND m."doneAt" IS NULL AND m."deadline" <= ${until}::date
    ) AS "open"
    ORDER BY "sortDate", "kind", "id"
    OFFSET ${page * DEADLINE_PAGE_SIZE}::int LIMIT ${DEADLINE_PAGE_SIZE + 1}::int`;
  return {
    today,
    deadlines: rows.slice(0, DEADLINE_PAGE_SIZE).map(({ kind, id, goalId, title, goalTitle, deadline }) => ({
      kind,
      id,
      goalId,
      title,
      goalTitle,
      deadline,
      status: deadlineStatus(deadline, today, false) as UpcomingDeadline["status"],
    })),
    hasMore: rows.length > DEADLINE_PAGE_SIZE,
  };
}
