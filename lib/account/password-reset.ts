import "server-only";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, inspectAuthToken } from "@/lib/auth/tokens";
import { passwordChangedMessage, passwordResetMessage } from "@/lib/email";
import { sendAccountEmail } from "./send-account-email";
import type { RequestContext } from "./request-context";
import { emailAccountLink, type EmailRequestResult } from "./email-link-request";

/** Emails a reset link when the address has an account; answers the same either way. */
export async function requestPasswordReset(email: string, context: RequestContext): Promise<EmailRequestResult> {
  return emailAccountLink(email, context, { purpose: "PASSWORD_RESET", path: "/auth/reset", message: passwordResetMessage });
}

export async function inspectPasswordResetLink(token: string) {
  return inspectAuthToken(await getDb(), token, "PASSWORD_RESET");
}

/**
 * Sets a new password from a reset link. Signs every existing session out (sessionVersion)
 * and verifies the email, since the link proved the person reads that inbox.
 */
export async function resetPassword(token: string, newPassword: string): Promise<boolean> {
  const db = await getDb();
  const passwordHash = await hashPassword(newPassword);
  const user = await db.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "PASSWORD_RESET");
    if (!userId) return null;
    const now = new Date();
    // Older reset and magic links die with the old password.
    await tx.authToken.updateMany({
      where: { userId, consumedAt: null, purpose: { in: ["PASSWORD_RESET", "MAGIC_LINK"] } },
      data: { consumedAt: now },
    });
    const emailVerifiedAt = (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } })).emailVerifiedAt ?? now;
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt },
      select: { email: true, name: true },
    });
  });
  if (!user) return false;
  await sendAccountEmail({ to: user.email, ...passwordChangedMessage({ name: user.name }) });
  return true;
}
