import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export type DeleteAccountResult = { ok: true } | { ok: false; reason: "confirmation_mismatch" };

/**
 * Deletes the account and everything it owns. Every table referencing the user cascades, so
 * one DELETE removes goals, micro-goals, check-ins, comments, pairings, invites and the ledger
 * atomically; the session dies with the row.
 */
export async function deleteAccount(actor: SessionUser, input: { confirmEmail: string }): Promise<DeleteAccountResult> {
  if (input.confirmEmail !== actor.email) return { ok: false, reason: "confirmation_mismatch" };
  const db = await getDb();
  await db.user.deleteMany({ where: { id: actor.id } });
  return { ok: true };
}
