import "server-only";
import { getDb } from "@/lib/db";
import { consumeAuthToken, inspectAuthToken } from "@/lib/auth/tokens";
import { magicLinkMessage } from "@/lib/email";
import type { RequestContext } from "./request-context";
import { emailAccountLink, type EmailRequestResult } from "./email-link-request";
import type { AuthenticatedUser } from "./password-sign-in";

export type { EmailRequestResult };

/** Emails a sign-in link when the address has an account; answers the same either way. */
export async function requestMagicLink(email: string, context: RequestContext): Promise<EmailRequestResult> {
  return emailAccountLink(email, context, { purpose: "MAGIC_LINK", path: "/auth/magic", message: magicLinkMessage });
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
