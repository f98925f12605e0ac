// Sending queued webhook deliveries, with the ledger's rules (ADR 0005): a pass claims due rows
// with FOR UPDATE SKIP LOCKED and a lease, so any number of concurrent passes send each row
// once; a row is marked SENT only after the destination answered 2xx; a failure is retried
// with backoff (the email ledger's), then marked FAILED. A destination that fails
// PAUSE_AFTER_FAILURES times in a row is paused and its owner told, in the app and by email.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import { appUrl } from "@/lib/account/links";
import { openText } from "@/lib/security/sealed-text";
import { createNotification } from "@/lib/notifications/notifications";
import { queueComposedEmail, sendQueuedNow } from "@/lib/reminders/composed-email";
import { LEASE_SECONDS, MAX_ATTEMPTS, retryDelaySeconds } from "@/lib/reminders/ledger";
import { webhookPausedMessage } from "@/lib/email";
import { webhookAddressPolicy } from "./destination-url";
import { postSafely, type PostOutcome } from "./post-safely";
import { SECRET_PURPOSE, URL_PURPOSE } from "./sealing";
import { formatMessage, type WebhookServiceName } from "./services";
import { signatureHeaders } from "./signature";
import type { WebhookEventPayload } from "./events";

export const PAUSE_AFTER_FAILURES = 5;
const BATCH_SIZE = 50;
const PARALLEL_SENDS = 5;

export type WebhookPassSummary = { sent: number; retrying: number; failed: number; paused: number };

type ClaimedWebhook = { id: string; destinationId: string; event: string; payload: WebhookEventPayload; attempts: number };

async function claimDue(db: DbClient, options: { now: Date; limit: number; onlyId?: string; includePaused?: boolean }): Promise<ClaimedWebhook[]> {
  const leaseUntil = new Date(options.now.getTime() + LEASE_SECONDS * 1000);
  const onlyId = options.onlyId ?? null;
  const includePaused = options.includePaused ?? false;
  return db.$queryRaw<ClaimedWebhook[]>`
    UPDATE "WebhookDelivery" AS w SET "status" = 'SENDING', "leaseExpiresAt" = ${leaseUntil}, "attempts" = w."attempts" + 1
    WHERE w."id" = ANY(ARRAY(
      SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookDestination" dest ON dest."id" = d."destinationId"
      WHERE ((d."status" = 'PENDING' AND d."nextAttemptAt" <= ${options.now}) OR (d."status" = 'SENDING' AND d."leaseExpiresAt" <= ${options.now}))
        AND (dest."pausedAt" IS NULL OR ${includePaused})
        AND (${onlyId}::uuid IS NULL OR d."id" = ${onlyId}::uuid)
      ORDER BY d."nextAttemptAt" LIMIT ${options.limit}
      FOR UPDATE OF d SKIP LOCKED))
    RETURNING w."id", w."destinationId", w."event", w."payload", w."attempts"`;
}

/** Sends due deliveries until none are left, `maxBatches` is reached or `deadline` (epoch ms) passes. */
export async function deliverDueWebhooks(options: { now?: Date; onlyId?: string; includePaused?: boolean; maxBatches?: number; deadline?: number; shouldStop?: () => boolean; timeoutMs?: number } = {}): Promise<WebhookPassSummary> {
  const db = await getDb();
  const summary: WebhookPassSummary = { sent: 0, retrying: 0, failed: 0, paused: 0 };
  const maxBatches = options.maxBatches ?? 20;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    if ((options.deadline !== undefined && Date.now() >= options.deadline) || options.shouldStop?.()) break;
    const now = options.now ?? new Date();
    const claimed = await claimDue(db, { now, limit: BATCH_SIZE, onlyId: options.onlyId, includePaused: options.includePaused });
    if (claimed.length === 0) break;
    const destinations = await loadDestinations(db, [...new Set(claimed.map((row) => row.destinationId))]);
    const queue = [...claimed];
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          const destination = destinations.get(row.destinationId);
          const outcome: PostOutcome = destination ? await send(row, destination, now, options.timeoutMs) : { ok: false, error: "destination removed", refused: true };
          await record(db, row, outcome, now, summary);
        }
      }),
    );
    if (options.onlyId) break;
  }
  return summary;
}

type Destination = { id: string; userId: string; service: WebhookServiceName; label: string; url: string; secret: string | null };

async function loadDestinations(db: DbClient, ids: string[]): Promise<Map<string, Destination>> {
  const rows = await db.webhookDestination.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, service: true, label: true, sealedUrl: true, sealedSecret: true } });
  return new Map(rows.map((row) => [row.id, { id: row.id, userId: row.userId, service: row.service, label: row.label, url: openText(row.sealedUrl, URL_PURPOSE), secret: row.sealedSecret ? openText(row.sealedSecret, SECRET_PURPOSE) : null }]));
}

async function send(row: ClaimedWebhook, destination: Destination, now: Date, timeoutMs?: number): Promise<PostOutcome> {
  const message = formatMessage(destination.service, destination.url, { id: row.id, payload: row.payload, link: appUrl(row.payload.path) });
  const headers = destination.secret ? signatureHeaders(destination.secret, row.id, now, message.body) : undefined;
  return postSafely({ ...message, headers }, webhookAddressPolicy(), timeoutMs);
}

async function record(db: DbClient, row: ClaimedWebhook, outcome: PostOutcome, now: Date, summary: WebhookPassSummary): Promise<void> {
  if (outcome.ok) {
    summary.sent += 1;
    await db.$transaction([db.webhookDelivery.update({ where: { id: row.id }, data: { status: "SENT", sentAt: now, leaseExpiresAt: null, lastError: null } }), db.webhookDestination.update({ where: { id: row.destinationId }, data: { consecutiveFailures: 0, lastDeliveredAt: now } })]);
    return;
  }
  // A test message is tried once; an address the rules refuse will not become allowed by waiting.
  const final = row.event === "test" || outcome.refused === true || row.attempts >= MAX_ATTEMPTS;
  if (final) summary.failed += 1;
  else summary.retrying += 1;
  await db.webhookDelivery.update({
    where: { id: row.id },
    data: final ? { status: "FAILED", leaseExpiresAt: null, lastError: outcome.error } : { status: "PENDING", leaseExpiresAt: null, lastError: outcome.error, nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(row.attempts) * 1000) },
  });
  const pauseEmailId = await countFailure(db, row.destinationId, outcome.error, now);
  if (pauseEmailId) {
    summary.paused += 1;
    await sendQueuedNow([pauseEmailId], now);
  }
}

/**
 * Counts a failure against the destination; the one failure that reaches the threshold pauses
 * it and tells its owner (answers the queued email's id, to send at once).
 */
async function countFailure(db: DbClient, destinationId: string, error: string, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const [counted] = await tx.$queryRaw<{ consecutiveFailures: number; pausedAt: Date | null; userId: string; label: string; email: string }[]>`
      UPDATE "WebhookDestination" d SET "consecutiveFailures" = d."consecutiveFailures" + 1
      FROM "User" u WHERE d."id" = ${destinationId}::uuid AND u."id" = d."userId"
      RETURNING d."consecutiveFailures", d."pausedAt", d."userId", d."label", u."email"`;
    if (!counted || counted.pausedAt || counted.consecutiveFailures < PAUSE_AFTER_FAILURES) return null;
    const reason = `Paused after ${PAUSE_AFTER_FAILURES} failed deliveries in a row (last: ${error.slice(0, 200)}).`;
    await tx.webhookDestination.update({ where: { id: destinationId }, data: { pausedAt: now, pausedReason: reason } });
    await createNotification(tx, { userId: counted.userId, kind: "webhook-paused", title: `Stepwise paused “${counted.label}”: it kept failing`, link: "/settings/webhooks" });
    return queueComposedEmail(tx, { kind: "account-email", recipientId: counted.userId, message: { to: counted.email, ...webhookPausedMessage({ label: counted.label, reason, url: appUrl("/settings/webhooks") }) } }, now);
  });
}
