// The stored form of a composed email (see composed-email.ts): sealed with AES-256-GCM under a
// key derived from AUTH_SECRET, opened just before sending.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";
import type { DbClient } from "@/lib/db";
import { parseEmailMessage, type EmailMessage } from "@/lib/email/email-message";
import type { ClaimedDelivery } from "./ledger";

/** The kinds of composed email; each is its own row kind so the ledger can be read by kind. */
export const COMPOSED_EMAIL_KINDS = ["account-email", "buddy-invite", "pairing-ended"] as const;
export type ComposedEmailKind = (typeof COMPOSED_EMAIL_KINDS)[number];

function payloadKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", getAuthSecret(), "stepwise", "email-delivery-payload", 32));
}

export function sealPayload(message: EmailMessage): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", payloadKey(), iv);
  // Binary attachments travel as base64 (JSON has no bytes).
  const stored = { ...message, attachments: message.attachments?.map((attachment) => (Buffer.isBuffer(attachment.content) ? { ...attachment, content: attachment.content.toString("base64"), base64: true } : attachment)) };
  const body = Buffer.concat([cipher.update(JSON.stringify(stored), "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function openPayload(sealed: string): EmailMessage {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("Unreadable email payload");
  const decipher = createDecipheriv("aes-256-gcm", payloadKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  const json = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
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

