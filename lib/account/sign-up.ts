import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { signUpAttemptMessage, verifyEmailMessage } from "@/lib/email";
import { appUrl } from "./links";
import { sendAccountEmail } from "./send-account-email";
import type { RequestContext } from "./request-context";

export type SignUpInput = { name: string; email: string; password: string; timeZone: string };
export type SignUpResult = { ok: true } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Creates an unverified account and emails a confirmation link. When the address already has
 * an account, the owner is told by email instead, and the caller gets the same answer, so
 * sign-up never reveals which addresses are registered.
 */
export async function signUp(input: SignUpInput, context: RequestContext, options: { next?: string | null } = {}): Promise<SignUpResult> {
  const db = await getDb();
  const limit = await hitRateLimits(db, [
    [`sign-up:ip:${context.ip}`, RATE_LIMITS.signUpPerIp],
    [`email:address:${input.email}`, RATE_LIMITS.emailPerAddress],
  ]);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { name: true } });
  if (existing) {
    await notifyExistingAccount(existing.name);
    return { ok: true };
  }

  try {
    const token = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, timeZone: input.timeZone },
        select: { id: true },
      });
      return issueAuthToken(tx, user.id, "VERIFY_EMAIL");
    });
    await sendAccountEmail({ to: input.email, ...verifyEmailMessage({ name: input.name, url: appUrl("/auth/verify", options.next ? { token, next: options.next } : { token }) }) });
  } catch (error) {
    // Two sign-ups for one address at the same moment: the loser is told like any other duplicate.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await notifyExistingAccount(input.name);
      return { ok: true };
    }
    throw error;
  }
  return { ok: true };

  async function notifyExistingAccount(name: string) {
    await sendAccountEmail({
      to: input.email,
      ...signUpAttemptMessage({ name, signInUrl: appUrl("/sign-in"), resetUrl: appUrl("/forgot-password") }),
    });
  }
}

export const VERIFICATION_LINK_HOURS = TOKEN_LIFETIME_MINUTES.VERIFY_EMAIL / 60;
