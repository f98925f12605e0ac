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
    UPDATE "EmailDelivery" SET "status" = 'SENT', "sentAt" = ${now}, "leaseExpiresAt" = NULL, "lastError" = NULL, "payload" = NULL
    WHERE "id" = ANY(${ids}::uuid[])`;
}

export async function markSkipped(db: DbClient, id: string, reason: string): Promise<void> {
  await db.emailDelivery.update({ where: { id }, data: { status: "SKIPPED", leaseExpiresAt: null, lastError: reason, payload: null } });
}

/** Exponential backoff (1 min doubling to 1 h) with ±20% jitter; FAILED after MAX_ATTEMPTS. */
export function retryDelaySeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_SECONDS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Gives claimed rows back without counting an attempt (their pass ran out of time before sending them). */
export async function releaseClaims(db: DbClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "EmailDelivery" SET "status" = 'PENDING', "leaseExpiresAt" = NULL, "attempts" = GREATEST("attempts" - 1, 0)
    WHERE "id" = ANY(${ids}::uuid[]) AND "status" = 'SENDING'`;
}

/**
 * True when the mail server was never reached or never answered (refused, DNS, TLS, timeouts,
 * a dropped connection): an outage, not a verdict on the message. The server's own refusals
 * (4xx, 5xx) carry a responseCode.
 */
export function isMailServerUnreachable(error: unknown): boolean {
  return !(typeof error === "object" && error !== null && typeof (error as { responseCode?: unknown }).responseCode === "number");
}

/** While the mail server is unreachable a row is kept, not failed, for this long after it fell due. */
export const OUTAGE_GIVE_UP_SECONDS = 3 * 24 * 60 * 60;
const OUTAGE_MAX_RETRY_SECONDS = 15 * 60;

/** During an outage: retry after a quarter of the time the row has waited, 1 to 15 minutes, ±20%. */
export function outageRetryDelaySeconds(waitedSeconds: number, random: () => number = Math.random): number {
  const base = Math.min(Math.max(FIRST_RETRY_SECONDS, waitedSeconds / 4), OUTAGE_MAX_RETRY_SECONDS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Records a failed send. The server's refusals count towards MAX_ATTEMPTS with exponential
 * backoff; an unreachable server does not (an outage of any length must not use up a
 * message's attempts), until the row has waited OUTAGE_GIVE_UP_SECONDS.
 */
export async function markFailedAttempt(db: DbClient, delivery: { id: string; attempts: number; dueAt: Date }, error: unknown, now: Date, cause: "sending" | "rendering" = "rendering"): Promise<"retry" | "failed"> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const waitedSeconds = Math.max(0, (now.getTime() - delivery.dueAt.getTime()) / 1000);
  const outage = cause === "sending" && isMailServerUnreachable(error);
  if (outage && waitedSeconds < OUTAGE_GIVE_UP_SECONDS) {
    const nextAttemptAt = new Date(now.getTime() + outageRetryDelaySeconds(waitedSeconds) * 1000);
    await db.emailDelivery.update({
      where: { id: delivery.id },
      data: { status: "PENDING", leaseExpiresAt: null, nextAttemptAt, lastError: message, attempts: Math.max(0, delivery.attempts - 1) },
    });
    return "retry";
  }
  if (delivery.attempts >= MAX_ATTEMPTS || outage) {
    await db.emailDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", leaseExpiresAt: null, lastError: message, payload: null } });
    return "failed";
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelaySeconds(delivery.attempts) * 1000);
  await db.emailDelivery.update({ where: { id: delivery.id }, data: { status: "PENDING", leaseExpiresAt: null, nextAttemptAt, lastError: message } });
  return "retry";
}
