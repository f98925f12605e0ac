// Buddy nudges, planned each pass like deadline reminders, at the buddy's reminder hour in
// the buddy's zone:
//   - a shared goal's deadline is the pairing's lead days away ("Sam has a deadline on Friday");
//   - the other person has not checked in on a shared goal for the agreed cadence. One nudge
//     per cadence period of silence: the key carries the day the silence began and the period
//     number, so a new check-in starts a new count and a long silence is not a daily email.
// A paused pairing (pairing-choices.ts) gets neither.
import type { DbClient } from "@/lib/db";
import { BUDDY_CHECK_IN_KIND, BUDDY_DEADLINE_KIND } from "./kinds";

export async function planBuddyDeadlineNudges(db: DbClient, now: Date): Promise<number> {
  return db.$executeRaw`
    WITH sides AS (
      SELECT p."reminderLeadDays" AS lead, p."userAId" AS owner_id, p."userBId" AS buddy_id FROM "BuddyPairing" p WHERE p."status" = 'ACTIVE' AND p."pausedAt" IS NULL
      UNION ALL
      SELECT p."reminderLeadDays", p."userBId", p."userAId" FROM "BuddyPairing" p WHERE p."status" = 'ACTIVE' AND p."pausedAt" IS NULL
    )
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt")
    SELECT ${BUDDY_DEADLINE_KIND}, b."id", b."email", g."id"::text, to_char(g."deadline", 'YYYY-MM-DD') || ':-' || s.lead || 'd', d.due_at, d.due_at
    FROM sides s
    JOIN "User" b ON b."id" = s.buddy_id
    CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE b."timeZone")::date AS today) local
    CROSS JOIN LATERAL (SELECT ((local.today::timestamp + make_interval(hours => b."reminderHour")) AT TIME ZONE b."timeZone") AS due_at) d
    JOIN "Goal" g ON g."ownerId" = s.owner_id AND g."status" = 'ACTIVE' AND g."visibility" = 'BUDDIES' AND g."deadline" = local.today + s.lead
    WHERE b."buddyNudgesEnabled" AND b."emailVerifiedAt" IS NOT NULL
      AND d.due_at <= ${now}::timestamptz AND d.due_at > g."createdAt"
    ON CONFLICT DO NOTHING`;
}

export async function planBuddyCheckInNudges(db: DbClient, now: Date): Promise<number> {
  return db.$executeRaw`
    WITH sides AS (
      SELECT p."id" AS pairing_id, p."checkInCadence" AS cadence, p."startedAt" AS started_at, p."userAId" AS owner_id, p."userBId" AS buddy_id
      FROM "BuddyPairing" p WHERE p."status" = 'ACTIVE' AND p."pausedAt" IS NULL
      UNION ALL
      SELECT p."id", p."checkInCadence", p."startedAt", p."userBId", p."userAId" FROM "BuddyPairing" p WHERE p."status" = 'ACTIVE' AND p."pausedAt" IS NULL
    ),
    silences AS (
      SELECT s.pairing_id, s.owner_id, s.buddy_id,
        CASE s.cadence WHEN 'WEEKLY' THEN 7 WHEN 'BIWEEKLY' THEN 14 ELSE 30 END AS cadence_days,
        GREATEST(s.started_at, COALESCE((
          SELECT max(c."createdAt") FROM "CheckIn" c JOIN "Goal" g ON g."id" = c."goalId"
          WHERE g."ownerId" = s.owner_id AND g."visibility" = 'BUDDIES' AND c."authorId" = s.owner_id
        ), s.started_at)) AS since
      FROM sides s
      -- Nothing to check in on, nothing to nudge about.
      WHERE EXISTS (SELECT 1 FROM "Goal" g WHERE g."ownerId" = s.owner_id AND g."status" = 'ACTIVE' AND g."visibility" = 'BUDDIES')
    )
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt")
    SELECT ${BUDDY_CHECK_IN_KIND}, b."id", b."email", s.pairing_id::text,
      s.owner_id || ':' || to_char(local.since_day, 'YYYY-MM-DD') || ':' || ((local.today - local.since_day) / s.cadence_days),
      d.due_at, d.due_at
    FROM silences s
    JOIN "User" b ON b."id" = s.buddy_id
    CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE b."timeZone")::date AS today, (s.since AT TIME ZONE b."timeZone")::date AS since_day) local
    CROSS JOIN LATERAL (SELECT ((local.today::timestamp + make_interval(hours => b."reminderHour")) AT TIME ZONE b."timeZone") AS due_at) d
    WHERE b."buddyNudgesEnabled" AND b."emailVerifiedAt" IS NOT NULL
      AND local.today - local.since_day >= s.cadence_days
      AND d.due_at <= ${now}::timestamptz
    ON CONFLICT DO NOTHING`;
}
