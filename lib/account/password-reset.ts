import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, inspectAuthToken, issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { passwordChangedMessage, passwordResetMessage } from "@/lib/email";
import { appUrl } from "./links";
import { sendAccountEmail } from "./send-account-email";
import type { RequestContext } from "./request-context";
import type { EmailRequestResult } from "./magic-link";

/** Emails a reset link when the address has an account; answers the same either way. */
export async function requestPasswordReset(email: string, context: RequestContext): Promise<EmailRequestResult> {
  const db = await getDb();
  const limit = await hitRateLimits(db, [
    [`email:address:${email}`, RATE_LIMITS.emailPerAddress],
    [`email:ip:${context.ip}`, RATE_LIMITS.emailPerIp],
  ]);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (user) {
    const token = await issueAuthToken(db, user.id, "PASSWORD_RESET");
    await sendAccountEmail({
      to: email,
      ...passwordResetMessage({ name: user.name, url: appUrl("/auth/reset", { token }), expiresInMinutes: TOKEN_LIFETIME_MINUTES.PASSWORD_RESET }),
    });
  }
  return { ok: true };
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
