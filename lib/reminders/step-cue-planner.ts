// Plans each step's if-then cue reminder (./step-cue.ts) in one statement per pass: due when, in
// the owner's zone, today is the cue's day (the last matching weekday up to the deadline) and its
// time has come. Only steps with a cue and a deadline within the next week are candidates.
// The owner's deadline-reminder switch governs it; the weekly digest does not replace it (a cue is
// a time the person chose for this step).
import type { DbClient } from "@/lib/db";
import { addDays } from "@/lib/time/calendar-math";
import { STEP_CUE_KIND } from "./kinds";

export async function planStepCueReminders(db: DbClient, now: Date): Promise<number> {
  const utcToday = now.toISOString().slice(0, 10);
  // Local dates are within a day of UTC's; a cue falls at most 6 days before the deadline.
  const [from, to] = [addDays(utcToday, -2), addDays(utcToday, 8)];
  return db.$executeRaw`
    WITH cues AS (
      SELECT m."id", m."deadline", m."createdAt" AS created_at, u."id" AS user_id, u."email", u."timeZone" AS zone,
        m."deadline" - ((EXTRACT(ISODOW FROM m."deadline")::int - COALESCE(m."cueWeekday", EXTRACT(ISODOW FROM m."deadline")::int) + 7) % 7) AS cue_day,
        COALESCE(m."cueMinute", u."reminderHour" * 60) AS cue_minute
      FROM "MicroGoal" m
      JOIN "Goal" g ON g."id" = m."goalId"
      JOIN "User" u ON u."id" = g."ownerId"
      WHERE (m."cueWeekday" IS NOT NULL OR m."cueMinute" IS NOT NULL) AND m."doneAt" IS NULL
        AND m."deadline" BETWEEN ${from}::date AND ${to}::date AND g."status" = 'ACTIVE'
        AND u."deadlineRemindersEnabled" AND u."emailVerifiedAt" IS NOT NULL
    ),
    due AS (
      SELECT c.*, ((c.cue_day::timestamp + make_interval(mins => c.cue_minute)) AT TIME ZONE c.zone) AS due_at,
        (${now}::timestamptz AT TIME ZONE c.zone)::date AS today
      FROM cues c
    )
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt")
    SELECT ${STEP_CUE_KIND}, user_id, "email", "id"::text,
      to_char("deadline", 'YYYY-MM-DD') || ':cue:' || to_char(cue_day, 'YYYY-MM-DD') || 'T' || lpad((cue_minute / 60)::text, 2, '0') || ':' || lpad((cue_minute % 60)::text, 2, '0'),
      due_at, due_at
    FROM due
    WHERE cue_day = today AND due_at <= ${now}::timestamptz AND due_at > created_at
    ON CONFLICT DO NOTHING`;
}
