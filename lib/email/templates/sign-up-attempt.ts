// Sent instead of a confirmation email when someone signs up with an address that already
// has an account: the sign-up form answers the same either way, so it never reveals which
// addresses are registered, and the owner learns what happened.
import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

export function signUpAttemptMessage({ name, signInUrl, resetUrl }: { name: string; signInUrl: string; resetUrl: string }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: "You already have a Stepwise account with this email address.",
    heading: "You already have an account",
    paragraphs: [greeting(name), "Someone, hopefully you, just tried to create a Stepwise account with this email address. You already have an account, so no new account was created.", "If it was you, sign in instead. If you have forgotten your password, you can reset it."],
    action: { label: "Sign in", url: signInUrl },
    secondaryAction: { label: "Reset my password", url: resetUrl },
    footer: "If it was not you, you can ignore this email: your account has not changed.",
  });
  return { subject: "Someone tried to sign up with your email", text, html };
}
