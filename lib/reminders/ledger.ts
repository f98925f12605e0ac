// The email delivery ledger. Every email that is scheduled rather than sent inline is a row,
// unique on (kind, recipient, subject, due key), so enqueuing the same email twice is a no-op
// and any number of concurrent passes send it once:
//   - a pass claims due rows with FOR UPDATE SKIP LOCKED and sets a lease, in one statement;
//   - a row is marked SENT only after the SMTP server accepted the message;
//   - a failure is retried with exponential backoff and jitter, then marked FAILED;
//   - a pass that dies mid-way loses nothing: its rows are claimable again when the lease ends.
import "server-only";
import { Prisma, type DbClient } from "@/lib/db";

export const LEASE_SECONDS = 120;
export const MAX_ATTEMPTS = 6;
const FIRST_RETRY_SECONDS = 60;
const MAX_RETRY_SECONDS = 60 * 60;

export type LedgerEntry = {
  kind: string;
  recipientId: string | null;
  recipientEmail: string;
  subjectId: string;
  dueKey: string;
  dueAt: Date;
};

export type ClaimedDelivery = LedgerEntry & { id: string; attempts: number };

/** Adds a row unless the same (kind, recipient, subject, due key) exists. Returns the new row's id, or null. */
export async function enqueueDelivery(db: DbClient, entry: LedgerEntry): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt")
    VALUES (${entry.kind}, ${entry.recipientId}::uuid, ${entry.recipientEmail}, ${entry.subjectId}, ${entry.dueKey}, ${entry.dueAt}, ${entry.dueAt})
    ON CONFLICT ("kind", "recipientEmail", "subjectId", "dueKey") DO NOTHING
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

type ClaimOptions = { now: Date; limit: number; onlyId?: string };

/**
 * The claim statement, on its own so the benchmark can EXPLAIN exactly what runs. Rows another
 * pass holds are skipped, not waited for; rows whose lease ran out (their pass died) are due again.
 */
export function claimStatement(options: ClaimOptions): Prisma.Sql {
  const leaseUntil = new Date(options.now.getTime() + LEASE_SECONDS * 1000);
  const onlyId = options.onlyId ?? null;
  // Two index scans on (status, nextAttemptAt), each already in order and stopped at the limit,
  // instead of one OR that has to read and sort every due row: a claim costs the same with a
  // backlog of 100 or of 100,000. Expired leases come first (they have waited longest); the
  // outer UPDATE finds the chosen rows by primary key (= ANY(ARRAY(...)) keeps it from
  // hash-joining the whole table).
  return Prisma.sql`
    UPDATE "EmailDelivery" AS d SET "status" = 'SENDING', "leaseExpiresAt" = ${leaseUntil}, "attempts" = d."attempts" + 1
    WHERE d."id" = ANY(ARRAY(
      SELECT "id" FROM (
        SELECT "id" FROM "EmailDelivery"
        WHERE "status" = 'SENDING' AND "leaseExpiresAt" <= ${options.now} AND (${onlyId}::uuid IS NULL OR "id" = ${onlyId}::uuid)
        ORDER BY "nextAttemptAt" LIMIT ${options.limit} FOR UPDATE SKIP LOCKED
      ) AS expired
      UNION ALL
      SELECT "id" FROM (
        SELECT "id" FROM "EmailDelivery"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${options.now} AND (${onlyId}::uuid IS NULL OR "id" = ${onlyId}::uuid)
        ORDER BY "nextAttemptAt" LIMIT ${options.limit} FOR UPDATE SKIP LOCKED
      ) AS pending
      LIMIT ${options.limit}
    ))
    RETURNING d."id", d."kind", d."recipientId", d."recipientEmail", d."subjectId", d."dueKey", d."dueAt", d."attempts"`;
}

/** Claims up to `limit` due rows for this pass, setting their lease in the same statement. */
export async function claimDueDeliveries(db: DbClient, options: ClaimOptions): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>(claimStatement(options));
}

/** Marks rows this pass holds as SENT in one statement. */
export async function markSentMany(db: DbClient, ids: string[], now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "EmailDelivery" SET "status" = 'SENT', "sentAt" = ${now}, "leaseExpiresAt" = NULL, "lastError" = NULL
    WHERE "id" = ANY(${ids}::uuid[])`;
}

export async function markSkipped(db: DbClient, id: string, reason: string): Promise<void> {
  await db.emailDelivery.update({ where: { id }, data: { status: "SKIPPED", leaseExpiresAt: null, lastError: reason } });
}

/** Exponential backoff (1 min doubling to 1 h) with ±20% jitter; FAILED after MAX_ATTEMPTS. */
export function retryDelaySeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_SECONDS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export async function markFailedAttempt(db: DbClient, delivery: { id: string; attempts: number }, error: unknown, now: Date): Promise<"retry" | "failed"> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  if (delivery.attempts >= MAX_ATTEMPTS) {
    await db.emailDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", leaseExpiresAt: null, lastError: message } });
    return "failed";
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelaySeconds(delivery.attempts) * 1000);
  await db.emailDelivery.update({ where: { id: delivery.id }, data: { status: "PENDING", leaseExpiresAt: null, nextAttemptAt, lastError: message } });
  return "retry";
}
