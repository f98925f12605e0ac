// Emails composed at the moment they are asked for (sign-up confirmations, sign-in and reset
// links, buddy invitations, "your pairing ended") go through the delivery ledger like reminders:
// the message is stored, encrypted, in a ledger row that is due at once and sent straight away
// by the process's senders. If the mail server is down at that moment, the row waits and is
// retried like any other, so an outage delays a link instead of losing it.
//
// The message is encrypted (AES-256-GCM, key derived from AUTH_SECRET) because it can carry a
// sign-in token, which the database otherwise stores only as a hash; it is erased once sent.
import "server-only";
import { randomUUID } from "node:crypto";
import { getDb, type DbClient } from "@/lib/db";
import { parseEmailMessage, type EmailMessage } from "@/lib/email/email-message";
import { sealPayload, type ComposedEmailKind } from "./composed-email-payload";
import { deliverDueEmails } from "./deliver-due";

/** What a composed row's due key is: there is one occurrence, now. */
const DUE_NOW = "now";

export type ComposedEmail = { kind: ComposedEmailKind; message: EmailMessage; recipientId?: string | null };

/**
 * Adds the message to the ledger, due now; returns the row's id. Pass the transaction that
 * makes the email's reason true (an invitation's row), so both are written or neither.
 * Throws InvalidEmailError for a message that could never be sent.
 */
export async function queueComposedEmail(db: DbClient, email: ComposedEmail, now = new Date()): Promise<string> {
  const message = parseEmailMessage(email.message);
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "EmailDelivery" ("kind", "recipientId", "recipientEmail", "subjectId", "dueKey", "dueAt", "nextAttemptAt", "payload")
    VALUES (${email.kind}, ${email.recipientId ?? null}::uuid, ${message.to}, ${randomUUID()}, ${DUE_NOW}, ${now}, ${now}, ${sealPayload(message)})
    RETURNING "id"`;
  return (rows[0] as { id: string }).id;
}

/**
 * Sends queued rows now, ahead of any reminder backlog. A failure is logged, not thrown: the
 * row stays in the ledger and the scheduler retries it.
 */
export async function sendQueuedNow(ids: string[], now = new Date()): Promise<void> {
  await Promise.all(
    ids.map((id) =>
      deliverDueEmails({ onlyId: id, now }).then(
        () => undefined,
        (error: unknown) => console.error("[email] immediate delivery failed; the scheduler will retry", { deliveryId: id, error }),
      ),
    ),
  );
}

/** Queues and sends at once (outside a transaction). */
export async function sendComposedEmail(email: ComposedEmail): Promise<void> {
  const now = new Date();
  const id = await queueComposedEmail(await getDb(), email, now);
  await sendQueuedNow([id], now);
}
