import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { signUpAttemptMessage, verifyEmailMessage } from "@/lib/email";
import { appUrl } from "./links";
import { sendAccountEmail } from "./send-account-email";
import { inviteTokenInPath, isPendingInviteFor } from "@/lib/buddies/invite-queries";
import type { RequestContext } from "./request-context";

export type SignUpInput = { name: string; email: string; password: string; timeZone: string };
/**
 * `signInToken`: the account is verified already (the person came through a buddy invitation
 * sent to this address); a one-time magic-link token the caller uses at once to sign them in.
 * Otherwise a confirmation email is on its way (or, for a taken address, a note to its owner).
 */
export type SignUpResult = { ok: true; signInToken?: string } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Creates an unverified account and emails a confirmation link. When the address already has
 * an account, the owner is told by email instead, and the caller gets the same answer, so
 * sign-up never reveals which addresses are registered.
 *
 * Arriving from a pending buddy invitation (`next` is `/invites/<token>`) sent to this very
 * address, the invitation link has already proved the mailbox: the account is created verified
 * and signed in. The invitation itself is not used up (accepting it still takes its own click),
 * and a taken address still gets only the "check your email" answer.
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

  const inviteToken = inviteTokenInPath(options.next);
  const provenByInvite = inviteToken !== null && (await isPendingInviteFor(inviteToken, input.email));

  try {
    const token = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, timeZone: input.timeZone, emailVerifiedAt: provenByInvite ? new Date() : null },
        select: { id: true },
      });
      return issueAuthToken(tx, user.id, provenByInvite ? "MAGIC_LINK" : "VERIFY_EMAIL");
    });
    if (provenByInvite) return { ok: true, signInToken: token };
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
