import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { formatDuration, greeting } from "./wording";

export function passwordResetMessage({ name, url, expiresInMinutes }: { name: string; url: string; expiresInMinutes: number }): EmailContent {
  const expiry = formatDuration(expiresInMinutes);
  const { text, html } = renderEmailLayout({
    preheader: `Choose a new password. The link expires in ${expiry}.`,
    heading: "Reset your password",
    paragraphs: [greeting(name), `We received a request to reset the password for your Stepwise account. The link below works once and expires in ${expiry}.`],
    action: { label: "Choose a new password", url },
    footer: "If you did not ask to reset your password, you can ignore this email: your password stays the same.",
  });
  return { subject: "Reset your Stepwise password", text, html };
}
