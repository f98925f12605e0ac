// Weekly reports, drafted at pass time (ADR 0007): when a period of the pairing's cadence has
// ended (in the author's zone, at their reminder hour), a pass drafts the author's report for it
// from the goals they share, once: the report row is unique on (pairing, author, period start),
// so any number of passes draft it once. Then, as the author chose for this buddy:
//   - DRAFT: a "your weekly report is ready" email and notification to the author;
//   - AUTO: the draft is sent as it is, and the buddy is told by email and notification.
// Nothing is drafted while the pairing is paused, or for a buddy the author has not turned
// reports on for (the default is off).
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import { createNotification } from "@/lib/notifications/notifications";
import { enqueueDelivery } from "@/lib/reminders/ledger";
import { toDbDate } from "@/lib/time/calendar-date";
import { composeReportDraft, type DraftItem } from "./weekly-report-draft";
import { reportsPath, WEEKLY_REPORT_READY_KIND, WEEKLY_REPORT_SENT_KIND } from "./weekly-report-kinds";

type DuePeriod = {
  pairingId: string;
  authorId: string;
  authorEmail: string;
  authorName: string;
  timeZone: string;
  buddyId: string;
  buddyEmail: string;
  mode: "DRAFT" | "AUTO";
  periodStart: string;
  periodEnd: string;
  dueAt: Date;
};

async function duePeriods(db: DbClient, now: Date): Promise<DuePeriod[]> {
  return db.$queryRaw<DuePeriod[]>`
    WITH sides AS (
      SELECT p."id" AS pairing_id, p."checkInCadence" AS cadence, p."startedAt" AS started_at, p."userAId" AS author_id, p."userBId" AS buddy_id
      FROM "BuddyPairing" p WHERE p."status" = 'ACTIVE' AND p."pausedAt" IS NULL
      UNION ALL
      SELECT p."id", p."checkInCadence", p."startedAt", p."userBId", p."userAId" FROM "BuddyPairing" p WHERE p."status" = 'ACTIVE' AND p."pausedAt" IS NULL
    )
    SELECT s.pairing_id AS "pairingId", a."id" AS "authorId", a."email" AS "authorEmail", a."name" AS "authorName", a."timeZone" AS "timeZone",
      b."id" AS "buddyId", b."email" AS "buddyEmail", w."reportMode"::text AS "mode",
      to_char(local.since_day + (periods.n - 1) * c.len, 'YYYY-MM-DD') AS "periodStart",
      to_char(local.since_day + periods.n * c.len - 1, 'YYYY-MM-DD') AS "periodEnd",
      d.due_at AS "dueAt"
    FROM sides s
    JOIN "PairingWish" w ON w."pairingId" = s.pairing_id AND w."userId" = s.author_id AND w."reportMode" <> 'OFF'
    JOIN "User" a ON a."id" = s.author_id
    JOIN "User" b ON b."id" = s.buddy_id
    CROSS JOIN LATERAL (SELECT CASE s.cadence WHEN 'WEEKLY' THEN 7 WHEN 'BIWEEKLY' THEN 14 ELSE 30 END AS len) c
    CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE a."timeZone")::date AS today, (s.started_at AT TIME ZONE a."timeZone")::date AS since_day) local
    CROSS JOIN LATERAL (SELECT (local.today - local.since_day) / c.len AS n) periods
    CROSS JOIN LATERAL (SELECT (((local.since_day + periods.n * c.len)::timestamp + make_interval(hours => a."reminderHour")) AT TIME ZONE a."timeZone") AS due_at) d
    WHERE periods.n >= 1 AND d.due_at <= ${now}::timestamptz
      AND NOT EXISTS (
        SELECT 1 FROM "WeeklyReport" r
        WHERE r."pairingId" = s.pairing_id AND r."authorId" = s.author_id AND r."periodStart" = local.since_day + (periods.n - 1) * c.len
      )
    LIMIT 500`;
}

type ItemRow = { kind: DraftItem["kind"]; goal: string; title: string | null; day: string | null; count: number | null };

/** What happened on the author's shared goals in the period (days in their zone, both ends included). */
async function draftItems(db: DbClient, period: DuePeriod): Promise<DraftItem[]> {
  const [start, end, tz, author] = [toDbDate(period.periodStart), toDbDate(period.periodEnd), period.timeZone, period.authorId];
  const rows = await db.$queryRaw<ItemRow[]>`
    (SELECT 'step-done' AS kind, g."title" AS goal, m."title" AS title, NULL AS day, NULL::int AS count
      FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
      WHERE g."ownerId" = ${author}::uuid AND g."visibility" = 'BUDDIES' AND g."status" <> 'DROPPED'
        AND (m."doneAt" AT TIME ZONE ${tz})::date BETWEEN ${start}::date AND ${end}::date
      ORDER BY m."doneAt" LIMIT 20)
    UNION ALL
    (SELECT 'check-in', g."title", NULL, NULL, count(*)::int
      FROM "CheckIn" c JOIN "Goal" g ON g."id" = c."goalId"
      WHERE g."ownerId" = ${author}::uuid AND c."authorId" = ${author}::uuid AND g."visibility" = 'BUDDIES' AND g."status" <> 'DROPPED'
        AND (c."createdAt" AT TIME ZONE ${tz})::date BETWEEN ${start}::date AND ${end}::date
      GROUP BY g."id", g."title" LIMIT 20)
    UNION ALL
    (SELECT 'overdue', g."title", m."title", to_char(m."deadline", 'YYYY-MM-DD'), NULL
      FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
      WHERE g."ownerId" = ${author}::uuid AND g."visibility" = 'BUDDIES' AND g."status" = 'ACTIVE' AND m."doneAt" IS NULL AND m."deadline" <= ${end}::date
      ORDER BY m."deadline" LIMIT 20)
    UNION ALL
    (SELECT 'quiet', g."title", NULL, NULL, NULL
      FROM "Goal" g
      WHERE g."ownerId" = ${author}::uuid AND g."visibility" = 'BUDDIES' AND g."status" = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."goalId" = g."id" AND (c."createdAt" AT TIME ZONE ${tz})::date BETWEEN ${start}::date AND ${end}::date)
        AND NOT EXISTS (SELECT 1 FROM "MicroGoal" m WHERE m."goalId" = g."id" AND (m."doneAt" AT TIME ZONE ${tz})::date BETWEEN ${start}::date AND ${end}::date)
      ORDER BY g."deadline" LIMIT 20)
    UNION ALL
    (SELECT 'upcoming', g."title", m."title", to_char(m."deadline", 'YYYY-MM-DD'), NULL
      FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
      WHERE g."ownerId" = ${author}::uuid AND g."visibility" = 'BUDDIES' AND g."status" = 'ACTIVE' AND m."doneAt" IS NULL
        AND (m."deadline" IS NULL OR m."deadline" > ${end}::date)
      ORDER BY m."deadline" NULLS LAST, m."position" LIMIT 20)`;
  return rows.map((row): DraftItem => {
    switch (row.kind) {
      case "step-done":
        return { kind: "step-done", goal: row.goal, title: row.title ?? "" };
      case "check-in":
        return { kind: "check-in", goal: row.goal, count: row.count ?? 1 };
      case "overdue":
        return { kind: "overdue", goal: row.goal, title: row.title ?? "", deadline: row.day ?? "" };
      case "quiet":
        return { kind: "quiet", goal: row.goal };
      case "upcoming":
        return { kind: "upcoming", goal: row.goal, title: row.title ?? "", deadline: row.day };
    }
  });
}

/** The planner: drafts every report whose period has ended; returns how many ledger rows it queued. */
export async function planWeeklyReports(db: DbClient, now: Date): Promise<number> {
  let queued = 0;
  // Planners get a client without transactions; each report and its email are written together.
  const client = await getDb();
  for (const period of await duePeriods(db, now)) {
    const parts = composeReportDraft(await draftItems(db, period));
    const auto = period.mode === "AUTO";
    queued += await client.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "WeeklyReport" ("pairingId", "authorId", "periodStart", "periodEnd", "done", "stuck", "next", "status", "sentAt", "createdAt")
        VALUES (${period.pairingId}::uuid, ${period.authorId}::uuid, ${toDbDate(period.periodStart)}::date, ${toDbDate(period.periodEnd)}::date,
          ${parts.done}, ${parts.stuck}, ${parts.next}, ${auto ? "SENT" : "DRAFT"}::"WeeklyReportStatus", ${auto ? now : null}, ${now})
        ON CONFLICT ("pairingId", "authorId", "periodStart") DO NOTHING
        RETURNING "id"`;
      const reportId = rows[0]?.id;
      if (!reportId) return 0;
      if (auto) {
        await createNotification(tx, { userId: period.buddyId, kind: "weekly-report", title: `${period.authorName} sent you their weekly report`, link: reportsPath(period.pairingId) });
        await enqueueDelivery(tx, { kind: WEEKLY_REPORT_SENT_KIND, recipientId: period.buddyId, recipientEmail: period.buddyEmail, subjectId: reportId, dueKey: "sent", dueAt: now });
      } else {
        await createNotification(tx, { userId: period.authorId, kind: "weekly-report", title: "Your weekly report is ready to send", link: reportsPath(period.pairingId) });
        await enqueueDelivery(tx, { kind: WEEKLY_REPORT_READY_KIND, recipientId: period.authorId, recipientEmail: period.authorEmail, subjectId: reportId, dueKey: "ready", dueAt: period.dueAt });
      }
      return 1;
    });
  }
  return queued;
}
