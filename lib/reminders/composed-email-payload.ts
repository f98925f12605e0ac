// The stored form of a composed email (see composed-email.ts): sealed with AES-256-GCM under a
// key derived from AUTH_SECRET, opened just before sending.
import "server-only";
import { openText, sealText } from "@/lib/security/sealed-text";
import type { DbClient } from "@/lib/db";
import { parseEmailMessage, type EmailMessage } from "@/lib/email/email-message";
import type { ClaimedDelivery } from "./ledger";

/** The kinds of composed email; each is its own row kind so the ledger can be read by kind. */
export const COMPOSED_EMAIL_KINDS = ["account-email", "buddy-invite", "pairing-ended"] as const;
export type ComposedEmailKind = (typeof COMPOSED_EMAIL_KINDS)[number];

const PAYLOAD_PURPOSE = "email-delivery-payload";

export function sealPayload(message: EmailMessage): string {
  // Binary attachments travel as base64 (JSON has no bytes).
  const stored = { ...message, attachments: message.attachments?.map((attachment) => (Buffer.isBuffer(attachment.content) ? { ...attachment, content: attachment.content.toString("base64"), base64: true } : attachment)) };
  return sealText(JSON.stringify(stored), PAYLOAD_PURPOSE);
}

export function openPayload(sealed: string): EmailMessage {
  const json = openText(sealed, PAYLOAD_PURPOSE);
  type StoredAttachment = { filename: string; content: string; contentType: string; base64?: boolean };
  const stored = JSON.parse(json) as Omit<EmailMessage, "attachments"> & { attachments?: StoredAttachment[] };
  return parseEmailMessage({
    ...stored,
    attachments: stored.attachments?.map(({ base64, ...attachment }) => (base64 ? { ...attachment, content: Buffer.from(attachment.content, "base64") } : attachment)),
  });
}

/** Renders composed rows from their stored payload; a row whose payload is gone no longer applies. */
export async function renderComposedEmails(db: DbClient, deliveries: ClaimedDelivery[]): Promise<(EmailMessage | null)[]> {
  const rows = await db.emailDelivery.findMany({ where: { id: { in: deliveries.map((delivery) => delivery.id) } }, select: { id: true, payload: true } });
  const payloads = new Map(rows.map((row) => [row.id, row.payload]));
  return deliveries.map((delivery) => {
    const sealed = payloads.get(delivery.id);
    return sealed ? openPayload(sealed) : null;
  });
}
