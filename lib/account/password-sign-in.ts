import "server-only";
import { getDb } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { sendVerificationEmail } from "./verify-email";
import type { RequestContext } from "./request-context";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

export type PasswordSignInResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid_credentials" } | { ok: false; reason: "email_unverified" } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Unknown email and wrong password give the same answer in the
 * same time. Only someone who knows the right password learns that an address is unverified.
 */
export async function authenticateWithPassword(credentials: { email: string; password: string }, context: RequestContext): Promise<PasswordSignInResult> {
  const db = await getDb();
  const emailKey = `sign-in:email:${credentials.email}`;
  const limit = await hitRateLimits(db, [
    [emailKey, RATE_LIMITS.signInPerEmail],
    [`sign-in:ip:${context.ip}`, RATE_LIMITS.signInPerIp],
  ]);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email: credentials.email },
    select: { id: true, email: true, name: true, passwordHash: true, emailVerifiedAt: true, sessionVersion: true },
  });
  if (!user?.passwordHash) {
    await burnPasswordCheck(credentials.password);
    return { ok: false, reason: "invalid_credentials" };
  }
  if (!(await verifyPassword(credentials.password, user.passwordHash))) return { ok: false, reason: "invalid_credentials" };

  if (!user.emailVerifiedAt) {
    const resend = await hitRateLimit(db, `email:address:${user.email}`, RATE_LIMITS.emailPerAddress);
    if (resend.allowed) await sendVerificationEmail(user);
    return { ok: false, reason: "email_unverified" };
  }
  await clearRateLimit(db, emailKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
