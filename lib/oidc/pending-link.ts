// A provider sign-in waiting to be linked to an existing account. The browser that came back
// from the provider gets a confirmation page (its token in the URL); the account's owner
// proves the account is theirs with its password or with a link emailed to its address. Only
// then is the identity linked and the person signed in. 15 minutes, single use, hashed tokens.
import "server-only";
import { getDb, Prisma, type Db, type DbClient } from "@/lib/db";
import { generateToken, hashToken, issueAuthToken } from "@/lib/auth/tokens";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, describeRetryAfter, hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { AppError, AppErrorCode } from "@/lib/errors";
import { oidcLinkMessage } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import { sendAccountEmail } from "@/lib/account/send-account-email";
import type { RequestContext } from "@/lib/account/request-context";
import type { OidcClaims } from "./oidc-claims";
import { isPasswordSignInEnabled } from "./oidc-settings";

export const PENDING_LINK_MINUTES = 15;

export const EXPIRED_LINK_MESSAGE = "This confirmation has expired or was already used. Sign in with your provider again to start over.";

export async function createPendingLink(db: DbClient, userId: string, claims: OidcClaims, now = new Date()): Promise<string> {
  const token = generateToken();
  await db.oidcPendingLink.create({
    data: { userId, issuer: claims.issuer, subject: claims.subject, email: claims.email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PENDING_LINK_MINUTES * 60_000) },
  });
  return token;
}

export type PendingLinkView = { email: string; canConfirmWithPassword: boolean };

const live = (now: Date) => ({ consumedAt: null, expiresAt: { gt: now } });

/** The account a live pending link would be linked to, or null. */
async function liveLinkAccount(db: Db, token: string, now: Date) {
  const link = await db.oidcPendingLink.findFirst({ where: { tokenHash: hashToken(token), ...live(now) }, select: { user: { select: { email: true, passwordHash: true, emailVerifiedAt: true } } } });
  return link?.user ?? null;
}

/**
 * What the confirmation page shows, or null for an unknown, used or expired token. A password
 * confirms only an account whose address was verified and only while password sign-in is on:
 * a password set by someone who never proved the address proves nothing.
 */
export async function inspectPendingLink(token: string, now = new Date()): Promise<PendingLinkView | null> {
  const account = await liveLinkAccount(await getDb(), token, now);
  return account ? { email: account.email, canConfirmWithPassword: canUsePassword(account) } : null;
}

function canUsePassword(user: { passwordHash: string | null; emailVerifiedAt: Date | null }): boolean {
  return isPasswordSignInEnabled() && user.passwordHash !== null && user.emailVerifiedAt !== null;
}

/**
 * Confirms with the account's password, rate-limited like password sign-in (per address and
 * per client). Returns a one-time sign-in token for the caller to use at once.
 */
export async function confirmPendingLinkWithPassword(token: string, password: string, context: RequestContext, now = new Date()): Promise<string> {
  const db = await getDb();
  const account = await liveLinkAccount(db, token, now);
  if (!account) throw new AppError(AppErrorCode.CONFLICT, EXPIRED_LINK_MESSAGE);
  const emailKey = `sign-in:email:${account.email}`;
  const limit = await hitRateLimits(db, [
    [emailKey, RATE_LIMITS.signInPerEmail],
    [`sign-in:ip:${context.ip}`, RATE_LIMITS.signInPerIp],
  ]);
  if (!limit.allowed) throw new AppError(AppErrorCode.LIMIT_REACHED, describeRetryAfter(limit.retryAfterSeconds), "password");
  if (!canUsePassword(account) || !account.passwordHash) {
    await burnPasswordCheck(password);
    throw new AppError(AppErrorCode.INVALID_INPUT, "Confirm with an emailed link instead: this account cannot confirm with a password.", "password");
  }
  if (!(await verifyPassword(password, account.passwordHash))) throw new AppError(AppErrorCode.INVALID_INPUT, "That password is not right. Try again, or confirm with an emailed link.", "password");
  await clearRateLimit(db, emailKey);
  return completeLink(db, { tokenHash: hashToken(token) }, now);
}

/** Emails the account's owner a link that confirms (rate-limited like other account emails); a dead token is a CONFLICT. */
export async function emailPendingLink(token: string, context: RequestContext, displayName: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const link = await db.oidcPendingLink.findFirst({ where: { tokenHash: hashToken(token), ...live(now) }, select: { id: true, expiresAt: true, email: true, user: { select: { email: true, name: true } } } });
  if (!link) throw new AppError(AppErrorCode.CONFLICT, EXPIRED_LINK_MESSAGE);
  const limit = await hitRateLimits(db, [
    [`email:address:${link.user.email}`, RATE_LIMITS.emailPerAddress],
    [`email:ip:${context.ip}`, RATE_LIMITS.emailPerIp],
  ]);
  if (!limit.allowed) throw new AppError(AppErrorCode.LIMIT_REACHED, describeRetryAfter(limit.retryAfterSeconds));
  const emailToken = generateToken();
  // A newer email replaces the older one's link.
  await db.oidcPendingLink.update({ where: { id: link.id }, data: { emailTokenHash: hashToken(emailToken) } });
  const expiresInMinutes = Math.max(1, Math.round((link.expiresAt.getTime() - now.getTime()) / 60_000));
  await sendAccountEmail({ to: link.user.email, ...oidcLinkMessage({ name: link.user.name, providerName: displayName, providerEmail: link.email, url: appUrl("/sign-in/link-account/email", { token: emailToken }), expiresInMinutes }) });
}

/** The emailed link's page: the address it confirms, or null when it is not live. */
export async function inspectEmailedPendingLink(emailToken: string, now = new Date()): Promise<{ email: string } | null> {
  const db = await getDb();
  const link = await db.oidcPendingLink.findFirst({ where: { emailTokenHash: hashToken(emailToken), ...live(now) }, select: { user: { select: { email: true } } } });
  return link ? { email: link.user.email } : null;
}

/**
 * Confirms through the emailed link: opening it proves the mailbox, so it also verifies the
 * address. When the address was not verified before, any password on the account was set by
 * someone who never proved it (perhaps not the owner): it is removed and other sessions end.
 */
export async function confirmPendingLinkByEmail(emailToken: string, now = new Date()): Promise<string> {
  const db = await getDb();
  return completeLink(db, { emailTokenHash: hashToken(emailToken) }, now, async (tx, userId) => {
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now, passwordHash: null, sessionVersion: { increment: 1 } } });
  });
}

/** Uses the pending link up (single use even when two requests race), links the identity and returns a sign-in token. */
async function completeLink(db: Db, where: { tokenHash: string } | { emailTokenHash: string }, now: Date, alsoDo?: (tx: Prisma.TransactionClient, userId: string) => Promise<void>): Promise<string> {
  try {
    return await db.$transaction(async (tx) => {
      const used = await tx.oidcPendingLink.updateManyAndReturn({ where: { ...where, ...live(now) }, data: { consumedAt: now }, select: { userId: true, issuer: true, subject: true, email: true } });
      const link = used[0];
      if (!link) throw new AppError(AppErrorCode.CONFLICT, EXPIRED_LINK_MESSAGE);
      await alsoDo?.(tx, link.userId);
      await tx.oidcIdentity.create({ data: { userId: link.userId, issuer: link.issuer, subject: link.subject, email: link.email, linkedAt: now } });
      return issueAuthToken(tx, link.userId, "MAGIC_LINK", now);
    });
  } catch (error) {
    // The identity was linked meanwhile (to this or another account): this confirmation is spent.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError(AppErrorCode.CONFLICT, EXPIRED_LINK_MESSAGE);
    throw error;
  }
}
