// Signatures for generic webhooks, in the Standard Webhooks format (standardwebhooks.com), so
// receivers can verify with that project's libraries in any language:
//   webhook-id: the delivery's id (the same on every retry: receivers de-duplicate on it)
//   webhook-timestamp: seconds since the epoch (receivers refuse old ones: no replays)
//   webhook-signature: "v1," + base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`))
// The secret is "whsec_" + base64 of 32 random bytes.
import { createHmac, randomBytes } from "node:crypto";

export const SECRET_PREFIX = "whsec_";

export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

export function signatureHeaders(secret: string, id: string, timestamp: Date, body: string): Record<string, string> {
  const seconds = Math.floor(timestamp.getTime() / 1000).toString();
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${seconds}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": seconds, "webhook-signature": `v1,${signature}` };
}
