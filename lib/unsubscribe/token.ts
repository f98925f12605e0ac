// Unsubscribe links must work without signing in (mail clients POST to them on their own, RFC
// 8058), so the link itself is the credential: the user id and category, signed with HMAC.
// They never expire: an old email's unsubscribe link should keep working. A token can only
// ever turn one kind of email off for one person, so a leaked link is worth little.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";
import { isEmailCategory, type EmailCategory } from "./categories";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(userId: string, category: EmailCategory): Buffer {
  return createHmac("sha256", getAuthSecret()).update(`unsubscribe:v1:${userId}:${category}`).digest();
}

export function createUnsubscribeToken(userId: string, category: EmailCategory): string {
  return `${userId}.${category}.${signature(userId, category).toString("base64url")}`;
}

/** The user and category a token was made for, or null when it is malformed or forged. */
export function readUnsubscribeToken(token: string): { userId: string; category: EmailCategory } | null {
  const [userId, category, mac, ...rest] = token.split(".");
  if (rest.length > 0 || !userId || !category || !mac || !UUID.test(userId) || !isEmailCategory(category)) return null;
  // Compared as text, not as decoded bytes: base64url decoding ignores the last character's
  // spare bits, so "…A" and "…B" can decode alike; only the one canonical spelling is accepted.
  const given = Buffer.from(mac);
  const expected = Buffer.from(signature(userId, category).toString("base64url"));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, category };
}
