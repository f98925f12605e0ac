import "server-only";
import { getDb } from "@/lib/db";
import { inspectAuthToken } from "@/lib/auth/tokens";
import { magicLinkMessage } from "@/lib/email";
import type { RequestContext } from "./request-context";
import { emailAccountLink, type EmailRequestResult } from "./email-link-request";
import type { AuthenticatedUser } from "./password-sign-in";
import { authenticateWithMailboxLink } from "./mailbox-link";

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
  return authenticateWithMailboxLink(token, "MAGIC_LINK");
}
