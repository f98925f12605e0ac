import { getDb } from "@/lib/db";
import { consumeAuthToken, inspectAuthToken, issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { magicLinkMessage } from "@/lib/email";
import { appUrl } from "./links";
import { sendAccountEmail } from "./send-account-email";
import type { RequestContext } from "./request-context";
import type { AuthenticatedUser } from "./password-sign-in";

export type EmailRequestResult = { ok: true } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** Emails a sign-in link when the address has an account; answers the same either way. */
export async function requestMagicLink(email: string, context: RequestContext): Promise<EmailRequestResult> {
  const db = await getDb();
  const limit = await hitRateLimits(db, [
    [`email:address:${email}`, RATE_LIMITS.emailPerAddress],
    [`email:ip:${context.ip}`, RATE_LIMITS.emailPerIp],
  ]);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (user) {
    const token = await issueAuthToken(db, user.id, "MAGIC_LINK");
    await sendAccountEmail({
      to: email,
      ...magicLinkMessage({ name: user.name, url: appUrl("/auth/magic", { token }), expiresInMinutes: TOKEN_LIFETIME_MINUTES.MAGIC_LINK }),
    });
  }
  return { ok: true };
}

export async function inspectMagicLink(token: string) {
  return inspectAuthToken(await getDb(), token, "MAGIC_LINK");
}

/** Uses a magic link. Opening it proves the address, so it also verifies the email. */
export async function authenticateWithMagicLink(token: string): Promise<AuthenticatedUser | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, "MAGIC_LINK");
    if (!userId) return null;
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    return tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  });
}
