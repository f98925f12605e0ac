// The email delivery ledger. Every email that is scheduled rather than sent inline is a row,
// unique on (kind, recipient, subject, due key), so enqueuing the same email twice is a no-op
// and any number of concurrent passes send it once:
//   - a pass claims due rows with FOR UPDATE SKIP LOCKED and sets a lease, in one statement;
//   - a row is marked SENT only after the SMTP server accepted the message;
//   - a failure is retried with exponential backoff and jitter, then marked FAILED;
//   - a pass that dies mid-way loses nothing: its rows are claimable again when the lease ends.
import type { DbClient } from "@/lib/db";

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

/**
 * Claims up to `limit` due rows for this pass. Rows another pass holds are skipped, not waited
 * for; rows whose lease ran out (their pass died) are due again.
 */
export async function claimDueDeliveries(db: DbClient, options: { now: Date; limit: number; onlyId?: string }): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(options.now.getTime() + LEASE_SECONDS * 1000);
  const rows = await db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "EmailDelivery" AS d SET "status" = 'SENDING', "leaseExpiresAt" = ${leaseUntil}, "attempts" = d."attempts" + 1
    WHERE d."id" IN (
      SELECT "id" FROM "EmailDelivery"
      WHERE (("status" = 'PENDING' AND "nextAttemptAt" <= ${options.now})
          OR ("status" = 'SENDING' AND "leaseExpiresAt" <= ${options.now}))
        AND (${options.onlyId ?? null}::uuid IS NULL OR "id" = ${options.onlyId ?? null}::uuid)
      ORDER BY "nextAttemptAt"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d."id", d."kind", d."recipientId", d."recipientEmail", d."subjectId", d."dueKey", d."dueAt", d."attempts"`;
  return rows;
}

export async function markSent(db: DbClient, id: string, now: Date): Promise<void> {
  await db.emailDelivery.update({ where: { id }, data: { status: "SENT", sentAt: now, leaseExpiresAt: null, lastError: null } });
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
