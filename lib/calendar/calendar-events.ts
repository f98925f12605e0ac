// What a person's calendar feed contains, read in one query whatever the number of goals,
// buddies or sessions:
// - their own ACTIVE goals' deadlines and the undone, dated steps of those goals;
// - their buddies' shared deadlines: ACTIVE goals with visibility BUDDIES whose owner is in an
//   ACTIVE pairing with them (in either position), and those goals' undone, dated steps;
// - review sessions of their ACTIVE pairings. Cancelled sessions are left out rather than sent
//   with STATUS:CANCELLED: a subscription is a snapshot that clients replace on every refresh,
//   so a missing UID disappears everywhere, while some clients (Outlook) still draw cancelled
//   events as ordinary ones.
// Every list is bounded so a feed stays small enough for calendar servers to accept.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import type { CalendarEvent } from "./build-calendar";
import { goalUid, reviewUid, stepUid } from "./event-uids";

export const CALENDAR_GOAL_LIMIT = 500;
export const CALENDAR_STEP_LIMIT = 2000;
export const CALENDAR_REVIEW_LIMIT = 500;
/** Past review sessions older than this are no longer worth carrying in the feed. */
const REVIEW_HISTORY_DAYS = 365;

/** Whoever the feed belongs to: a signed-in user or the owner of a feed token. */
export type CalendarActor = { id: string };

export { goalUid, stepUid, reviewUid } from "./event-uids";

/** `date`: the deadline, 'YYYY-MM-DD'. */
export function ownGoalEvent(goal: { id: string; title: string; date: string; updatedAt: Date }, appUrl: string): CalendarEvent {
  const url = `${appUrl}/goals/${goal.id}`;
  return {
    kind: "all-day",
    uid: goalUid(goal.id),
    date: goal.date,
    summary: `Deadline: ${goal.title}`,
    description: `The deadline of your goal "${goal.title}".\n\nOpen it in Stepwise: ${url}`,
    url,
    lastModified: goal.updatedAt,
  };
}

export function ownStepEvent(step: { id: string; title: string; date: string; updatedAt: Date; goal: { id: string; title: string } }, appUrl: string): CalendarEvent {
  const url = `${appUrl}/goals/${step.goal.id}`;
  return {
    kind: "all-day",
    uid: stepUid(step.id),
    date: step.date,
    summary: `Step: ${step.title} (${step.goal.title})`,
    description: `A step towards your goal "${step.goal.title}".\n\nOpen it in Stepwise: ${url}`,
    url,
    lastModified: step.updatedAt,
  };
}

/** One row of the feed query: which columns are set depends on `kind`. */
type FeedRow = {
  kind: "own-goal" | "own-step" | "buddy-goal" | "buddy-step" | "review";
  id: string;
  title: string | null;
  /** 'YYYY-MM-DD': a deadline, as the date it is. */
  date: string | null;
  updatedAt: Date;
  goalId: string | null;
  goalTitle: string | null;
  ownerName: string | null;
  startsAt: Date | null;
  durationMinutes: number | null;
  pairingId: string | null;
  sequence: number | null;
  buddyName: string | null;
};

/**
 * The whole feed in one statement. A feed is fetched by calendar servers on a timer, so it is
 * the hottest read per user; through Prisma's query builder the same rows took seven round
 * trips and about 4 ms of CPU per feed (building and mapping the queries), now one and under
 * 1 ms. Shapes that matter:
 * - the buddies' ids are an InitPlan (`= ANY(ARRAY(...))`), so the owner index is used; as a
 *   join or relation filter PostgreSQL walked every shared goal in the installation (0.5 s for
 *   goals and 3 s for steps on 100,000 goals);
 * - every part is ordered and bounded on its own, then the parts are put in feed order.
 */
function feedQuery(db: DbClient, actorId: string, reviewsSince: Date) {
  return db.$queryRaw<FeedRow[]>`
    WITH "pairing" AS (
      SELECT p."id",
             CASE WHEN p."userAId" = ${actorId}::uuid THEN p."userBId" ELSE p."userAId" END AS "buddyId",
             CASE WHEN p."userAId" = ${actorId}::uuid THEN ub."name" ELSE ua."name" END AS "buddyName"
      FROM "BuddyPairing" p
      JOIN "User" ua ON ua."id" = p."userAId"
      JOIN "User" ub ON ub."id" = p."userBId"
      WHERE p."status" = 'ACTIVE' AND (p."userAId" = ${actorId}::uuid OR p."userBId" = ${actorId}::uuid)
      -- A person has at most three buddies; the bound only guards the query.
      LIMIT 50
    )
    SELECT "kind", "id", "title", "date", "updatedAt", "goalId", "goalTitle", "ownerName",
           "startsAt", "durationMinutes", "pairingId", "sequence", "buddyName"
    FROM (
      (SELECT 1 AS "part", 'own-goal' AS "kind", g."id", g."title", to_char(g."deadline", 'YYYY-MM-DD') AS "date",
              g."updatedAt", NULL::uuid AS "goalId", NULL AS "goalTitle", NULL AS "ownerName",
              NULL::timestamptz AS "startsAt", NULL::int AS "durationMinutes", NULL::uuid AS "pairingId",
              NULL::int AS "sequence", NULL AS "buddyName", g."deadline"::timestamptz AS "sortAt"
       FROM "Goal" g
       WHERE g."ownerId" = ${actorId}::uuid AND g."status" = 'ACTIVE'
       ORDER BY g."deadline", g."id" LIMIT ${CALENDAR_GOAL_LIMIT})
      UNION ALL
      (SELECT 2, 'own-step', m."id", m."title", to_char(m."deadline", 'YYYY-MM-DD'), m."updatedAt", g."id", g."title",
              NULL, NULL, NULL, NULL, NULL, NULL, m."deadline"::timestamptz
       FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
       WHERE g."ownerId" = ${actorId}::uuid AND g."status" = 'ACTIVE' AND m."doneAt" IS NULL AND m."deadline" IS NOT NULL
       ORDER BY m."deadline", m."id" LIMIT ${CALENDAR_STEP_LIMIT})
      UNION ALL
      (SELECT 3, 'buddy-goal', g."id", g."title", to_char(g."deadline", 'YYYY-MM-DD'), g."updatedAt", NULL, NULL, o."name",
              NULL, NULL, NULL, NULL, NULL, g."deadline"::timestamptz
       FROM "Goal" g JOIN "User" o ON o."id" = g."ownerId"
       WHERE g."ownerId" = ANY(ARRAY(SELECT "buddyId" FROM "pairing")) AND g."status" = 'ACTIVE' AND g."visibility" = 'BUDDIES'
       ORDER BY g."deadline", g."id" LIMIT ${CALENDAR_GOAL_LIMIT})
      UNION ALL
      (SELECT 4, 'buddy-step', m."id", m."title", to_char(m."deadline", 'YYYY-MM-DD'), m."updatedAt", g."id", g."title", o."name",
              NULL, NULL, NULL, NULL, NULL, m."deadline"::timestamptz
       FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId" JOIN "User" o ON o."id" = g."ownerId"
       WHERE g."ownerId" = ANY(ARRAY(SELECT "buddyId" FROM "pairing")) AND g."status" = 'ACTIVE' AND g."visibility" = 'BUDDIES'
         AND m."doneAt" IS NULL AND m."deadline" IS NOT NULL
       ORDER BY m."deadline", m."id" LIMIT ${CALENDAR_STEP_LIMIT})
      UNION ALL
      -- Sessions of pairings that ended since are left out: those pairings are not in "pairing".
      (SELECT 5, 'review', r."id", NULL, NULL, r."updatedAt", NULL, NULL, NULL,
              r."startsAt", r."durationMinutes", r."pairingId", r."sequence", pr."buddyName", r."startsAt"
       FROM "ReviewSession" r JOIN "pairing" pr ON pr."id" = r."pairingId"
       WHERE r."status" IN ('SCHEDULED', 'COMPLETED') AND r."startsAt" >= ${reviewsSince}
       ORDER BY r."startsAt", r."id" LIMIT ${CALENDAR_REVIEW_LIMIT})
    ) AS "feed"
    ORDER BY "part", "sortAt", "id"`;
}

export async function listCalendarEvents(actor: CalendarActor, now = new Date()): Promise<CalendarEvent[]> {
  const db = await getDb();
  const appUrl = getEnv().APP_URL;
  const buddiesUrl = `${appUrl}/buddies`;
  const rows = await feedQuery(db, actor.id, new Date(now.getTime() - REVIEW_HISTORY_DAYS * 86_400_000));

  const events: CalendarEvent[] = [];
  for (const row of rows) {
    switch (row.kind) {
      case "own-goal":
        events.push(ownGoalEvent({ id: row.id, title: row.title as string, date: row.date as string, updatedAt: row.updatedAt }, appUrl));
        break;
      case "own-step":
        events.push(ownStepEvent({ id: row.id, title: row.title as string, date: row.date as string, updatedAt: row.updatedAt, goal: { id: row.goalId as string, title: row.goalTitle as string } }, appUrl));
        break;
      case "buddy-goal":
        events.push({
          kind: "all-day",
          uid: goalUid(row.id),
          date: row.date as string,
          summary: `${row.ownerName}'s deadline: ${row.title}`,
          description: `${row.ownerName} shared this goal with you in Stepwise.\n\nSee your buddies: ${buddiesUrl}`,
          url: buddiesUrl,
          lastModified: row.updatedAt,
        });
        break;
      case "buddy-step":
        events.push({
          kind: "all-day",
          uid: stepUid(row.id),
          date: row.date as string,
          summary: `${row.ownerName}'s step: ${row.title} (${row.goalTitle})`,
          description: `A step towards ${row.ownerName}'s goal "${row.goalTitle}".\n\nSee your buddies: ${buddiesUrl}`,
          url: buddiesUrl,
          lastModified: row.updatedAt,
        });
        break;
      case "review": {
        // The same page the invitation email links to (lib/reviews/review-links.ts).
        const sessionUrl = `${appUrl}/buddies/${row.pairingId}/reviews/${row.id}`;
        events.push({
          kind: "timed",
          uid: reviewUid(row.id),
          startsAt: row.startsAt as Date,
          durationMinutes: row.durationMinutes as number,
          summary: `Stepwise review with ${row.buddyName}`,
          description: `Your goal review with ${row.buddyName}.\n\nOpen the session in Stepwise: ${sessionUrl}`,
          url: sessionUrl,
          sequence: row.sequence as number,
          lastModified: row.updatedAt,
        });
        break;
      }
    }
  }
  return events;
}
