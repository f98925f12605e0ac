import "server-only";
import { getDb } from "@/lib/db";
import { inspectAuthToken, issueAuthToken } from "@/lib/auth/tokens";
import { verifyEmailMessage } from "@/lib/email";
import { appUrl } from "./links";
import { isSignedUpHereProof } from "./signed-up-here";
import { sendAccountEmail } from "./send-account-email";
import type { AuthenticatedUser } from "./password-sign-in";
import { authenticateWithMailboxLink } from "./mailbox-link";

export async function inspectVerificationLink(token: string) {
  return inspectAuthToken(await getDb(), token, "VERIFY_EMAIL");
}

/** Marks the address as verified. Returns false for a used, expired or unknown link. */
export async function confirmEmailAddress(token: string): Promise<boolean> {
  return (await confirmEmailAndAuthenticate(token)) !== null;
}

/**
 * Uses a confirmation link: verifies the address and returns the account, so the person who
 * proved they read the mailbox is signed in at once (like a magic link) instead of typing the
 * password a second time. Null for a used, expired or unknown link.
 */
export async function confirmEmailAndAuthenticate(token: string): Promise<AuthenticatedUser | null> {
  return authenticateWithMailboxLink(token, "VERIFY_EMAIL");
}

export type ConfirmationOutcome = { status: "invalid" } | { status: "confirmed" } | { status: "sign-in"; signInToken: string };

/**
 * Uses a confirmation link. In the browser that signed up (`proof`, see signed-up-here.ts) it
 * also returns a one-time magic-link token to sign the person in at once; elsewhere it only
 * confirms the address.
 */
export async function confirmEmail(token: string, proof: string | undefined): Promise<ConfirmationOutcome> {
  const user = await confirmEmailAndAuthenticate(token);
  if (!user) return { status: "invalid" };
  if (!isSignedUpHereProof(user.email, proof)) return { status: "confirmed" };
  return { status: "sign-in", signInToken: await issueAuthToken(await getDb(), user.id, "MAGIC_LINK") };
}

export async function sendVerificationEmail(user: { id: string; email: string; name: string }): Promise<void> {
  const token = await issueAuthToken(await getDb(), user.id, "VERIFY_EMAIL");
  await sendAccountEmail({ to: user.email, ...verifyEmailMessage({ name: user.name, url: appUrl("/auth/verify", { token }) }) });
}
