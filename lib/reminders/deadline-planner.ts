// Deadline reminders and overdue nudges for goals and their steps, planned in one SQL
// statement per pass. A reminder is due when, in the owner's time zone, today is one of
// their offsets before the deadline (or the day after it, for the overdue nudge) and their
// reminder hour has come. PostgreSQL does the zone arithmetic from its own tz database, so
// "09:00 local" stays 09:00 across daylight-saving changes; lib/reminders/schedule.ts (luxon)
// computes the same instants and the integration tests hold the two to each other.
//
// Only deadlines within a bounded window are candidates (offsets are at most 60 days), found
// through the (status, deadline) and (deadline) indexes, so a pass costs the same for a
// database with ten years of deadlines as for one with a month's.
import "server-only";
import { Prisma, type DbClient } from "@/lib/db";
import { addDays } from "@/lib/time/calendar-math";
import { deadlineWebhooksFromDue } from "@/lib/webhooks/reminder-planner";
import { GOAL_REMINDER_KIND, STEP_REMINDER_KIND } from "./kinds";

export const MAX_OFFSET_DAYS = 60;

/** The widest span of deadlines that can be due anywhere on Earth at `now`. */
export function candidateDeadlineWindow(now: Date): { from: string; to: string } {
  const utcToday = now.toISOString().slice(0, 10);
  // Local dates run from UTC-12 to UTC+14, so a local "today" is within a day of UTC's;
  // the overdue nudge looks one more day back.
  return { from: addDays(utcToday, -2), to: addDays(utcToday, MAX_OFFSET_DAYS + 1) };
}

/**
 * The deadline reminders due at `now` for every owner, whatever channel they go to (email and
 * webhooks): CTEs `subjects`, `candidates` and `due`, one row per reminder moment that has
 * come, with `due_key` ("2027-03-12:-7d" or ":overdue").
 */
export function dueDeadlineReminders(now: Date): Prisma.Sql {
  const { from, to } = candidateDeadlineWindow(now);
  return Prisma.sql`
    WITH subjects AS (
      SELECT ${GOAL_REMINDER_KIND}::text AS kind, g."id" AS subject_id, g."title", g."id" AS goal_id, g."deadline", g."createdAt" AS created_at, g."ownerId" AS owner_id, false AS has_cue
      FROM "Goal" g
      WHERE g."status" = 'ACTIVE' AND g."deadline" BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT ${STEP_REMINDER_KIND}::text, m."id", m."title", g."id", m."deadline", m."createdAt", g."ownerId", (m."cueWeekday" IS NOT NULL OR m."cueMinute" IS NOT NULL)
      FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
      WHERE m."doneAt" IS NULL AND m."deadline" BETWEEN ${from}::date AND ${to}::date AND g."status" = 'ACTIVE'
    ),
    candidates AS (
      SELECT s.*, u."id" AS user_id, u."email", local.today,
        s."deadline" - local.today AS days_left,
        ((local.today::timestamp + make_interval(hours => u."reminderHour")) AT TIME ZONE u."timeZone") AS due_at,
        u."reminderOffsetsDays" AS offsets, u."overdueRemindersEnabled" AS overdue_enabled,
        u."deadlineRemindersEnabled" AS email_enabled, u."weeklyDigestEnabled" AS digest_enabled, u."emailVerifiedAt" AS email_verified_at
      FROM subjects s
      JOIN "User" u ON u."id" = s.owner_id
      CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE u."timeZone")::date AS today) local
    ),
    due AS (
      SELECT c.*, to_char(c."deadline", 'YYYY-MM-DD') || CASE WHEN c.days_left = -1 THEN ':overdue' ELSE ':-' || c.days_left || 'd' END AS due_key
      FROM candidates c
      WHERE c.due_at <= ${now}::timestamptz
        -- A reminder whose moment came before the goal or step existed is not news.
        AND c.due_at > c.created_at
        -- A step with an if-then cue is reminded at its cue instead (./step-cue-planner.ts); the overdue nudge stays.
        AND ((c.days_left >= 0 AND c.days_left = ANY(c.offsets) AND NOT c.has_cue) OR (c.days_left = -1 AND c.overdue_enabled))
    )`;
}

/** Plans the due deadline reminders: emails, and in the same statement webhooks (lib/webhooks). Answers the emails planned. */
export async function planDeadlineReminderDeliveries(db: DbClient, now: Date): Promise<number> {
  return db.$executeRaw`
    ${dueDeadlineReminders(now)},
    ${deadlineWebhooksFromDue}
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt")
    SELECT kind, user_id, "email", subject_id::text, due_key, due_at, due_at
    FROM due
    WHERE email_enabled AND NOT digest_enabled AND email_verified_at IS NOT NULL
    ON CONFLICT DO NOTHING`;
}
