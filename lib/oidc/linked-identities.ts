// Settings → Sign-in methods: the provider sign-ins linked to the acting user's account, and
// unlinking one. Unlinking never locks anyone out: a link emailed to the account's address
// always remains a way in (the operator can turn password sign-in off, never email links).
import "server-only";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type LinkedIdentity = { id: string; email: string; linkedAt: Date };

export async function listLinkedIdentities(user: { id: string }): Promise<LinkedIdentity[]> {
  const db = await getDb();
  return db.oidcIdentity.findMany({ where: { userId: user.id }, select: { id: true, email: true, linkedAt: true }, orderBy: { linkedAt: "asc" } });
}

/** Unlinks one of the user's identities; another user's id (or none) is not found. */
export async function unlinkIdentity(user: { id: string }, identityId: string): Promise<void> {
  const db = await getDb();
  const { count } = await db.oidcIdentity.deleteMany({ where: { id: identityId, userId: user.id } });
  if (count === 0) throw new NotFoundError("That sign-in method");
}
