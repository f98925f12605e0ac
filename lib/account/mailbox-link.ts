// A link that was emailed (sign-in or confirmation) proves the person reads the mailbox: using
// it verifies the address and signs them in, whichever of the two it was.
import "server-only";
import { getDb } from "@/lib/db";
import { consumeAuthToken } from "@/lib/auth/tokens";
import type { AuthenticatedUser } from "./password-sign-in";

export async function authenticateWithMailboxLink(token: string, purpose: "MAGIC_LINK" | "VERIFY_EMAIL"): Promise<AuthenticatedUser | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, purpose);
    if (!userId) return null;
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    return tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  });
}
