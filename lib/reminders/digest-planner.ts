// The weekly digest: for people who chose it instead of one email per reminder, one email on
// Monday at their reminder hour, in their zone. Whether there is anything to say is decided
// when it is rendered (an empty week is skipped).
import type { DbClient } from "@/lib/db";
import { WEEKLY_DIGEST_KIND } from "./kinds";

export async function planWeeklyDigestDeliveries(db: DbClient, now: Date): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt")
    SELECT ${WEEKLY_DIGEST_KIND}, u."id", u."email", u."id"::text, to_char(local.today, 'YYYY-MM-DD'), d.due_at, d.due_at
    FROM "User" u
    CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE u."timeZone")::date AS today) local
    CROSS JOIN LATERAL (SELECT ((local.today::timestamp + make_interval(hours => u."reminderHour")) AT TIME ZONE u."timeZone") AS due_at) d
    WHERE u."weeklyDigestEnabled" AND u."deadlineRemindersEnabled" AND u."emailVerifiedAt" IS NOT NULL
      AND extract(isodow FROM local.today) = 1
      AND d.due_at <= ${now}::timestamptz AND d.due_at > u."createdAt"
    ON CONFLICT DO NOTHING`;
}
