// The shared shape of "email me a link" requests (magic link, password reset): rate-limited per
// address and per client, a token only when the address has an account, and the same answer,
// in the same time, either way.
import "server-only";
import { getDb } from "@/lib/db";
import type { AuthTokenPurpose } from "@/lib/db/generated/enums";
import { issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { hitRateLimits, RATE_LIMITS } from "@/lib/auth/rate-limit";
import type { EmailContent } from "@/lib/email/templates/email-content";
import { appUrl } from "./links";
import { sendAccountEmail } from "./send-account-email";
import type { RequestContext } from "./request-context";

export type EmailRequestResult = { ok: true } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

type LinkEmail = (input: { name: string; url: string; expiresInMinutes: number }) => EmailContent;

export async function emailAccountLink(email: string, context: RequestContext, link: { purpose: AuthTokenPurpose; path: string; message: LinkEmail }): Promise<EmailRequestResult> {
  const db = await getDb();
  const limit = await hitRateLimits(db, [
    [`email:address:${email}`, RATE_LIMITS.emailPerAddress],
    [`email:ip:${context.ip}`, RATE_LIMITS.emailPerIp],
  ]);
  if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (user) {
    const token = await issueAuthToken(db, user.id, link.purpose);
    await sendAccountEmail({
      to: email,
      ...link.message({ name: user.name, url: appUrl(link.path, { token }), expiresInMinutes: TOKEN_LIFETIME_MINUTES[link.purpose] }),
    });
  }
  return { ok: true };
}
