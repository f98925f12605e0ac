import { getDb } from "@/lib/db";
import { consumeAuthToken, inspectAuthToken, issueAuthToken } from "@/lib/auth/tokens";
import { verifyEmailMessage } from "@/lib/email";
import { appUrl } from "./links";
import { sendAccountEmail } from "./send-account-email";
import type { AuthenticatedUser } from "./password-sign-in";

export async function inspectVerificationLink(token: string) {
  return inspectAuthToken(await getDb(), token, "VERIFY_EMAIL");
}

/** Marks the address as verified. Returns false for a used, expired or unknown link. */
export async function confirmEmailAddress(token: string): Promise<boolean> {
  return (await confirmEmailAndAuthenticate(token)) !== null;
}

/**
 * Uses a confirmation link: verifies the address and returns the account, so the person who
 * proved they read the mailbox is signed in at once (like a magic link) instead of typing the
 * password a second time. Null for a used, expired or unknown link.
 */
export async function confirmEmailAndAuthenticate(token: string): Promise<AuthenticatedUser | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "VERIFY_EMAIL");
    if (!userId) return null;
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    return tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  });
}

export async function sendVerificationEmail(user: { id: string; email: string; name: string }): Promise<void> {
  const token = await issueAuthToken(await getDb(), user.id, "VERIFY_EMAIL");
  await sendAccountEmail({ to: user.email, ...verifyEmailMessage({ name: user.name, url: appUrl("/auth/verify", { token }) }) });
}
