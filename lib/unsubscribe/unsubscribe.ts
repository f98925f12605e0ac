import "server-only";
import { getDb } from "@/lib/db";
import { EMAIL_CATEGORIES, type EmailCategory } from "./categories";
import { readUnsubscribeToken } from "./token";

export type UnsubscribeResult = { ok: true; category: EmailCategory; label: string } | { ok: false };

/**
 * Turns one kind of email off for the person the token names. Idempotent: a second click (or
 * a mail client retrying the POST) changes nothing and still succeeds. A token for a deleted
 * account succeeds too, since there is nothing left to email.
 */
export async function unsubscribeWithToken(token: string): Promise<UnsubscribeResult> {
  const claim = readUnsubscribeToken(token);
  if (!claim) return { ok: false };
  const { column, label } = EMAIL_CATEGORIES[claim.category];
  const db = await getDb();
  await db.user.updateMany({ where: { id: claim.userId }, data: { [column]: false } });
  return { ok: true, category: claim.category, label };
}

/** What the confirmation page shows before the person clicks. */
export function describeUnsubscribeToken(token: string): { category: EmailCategory; label: string } | null {
  const claim = readUnsubscribeToken(token);
  return claim ? { category: claim.category, label: EMAIL_CATEGORIES[claim.category].label } : null;
}
