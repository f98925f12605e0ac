import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

export function verifyEmailMessage({ name, url }: { name: string; url: string }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: "One click to confirm your email address.",
    heading: "Confirm your email",
    paragraphs: [greeting(name), "Please confirm that this is your email address, so Stepwise can send you reminders and your buddy's invitations."],
    action: { label: "Confirm my email", url },
    footer: "If you did not create a Stepwise account, you can ignore this email.",
  });
  return { subject: "Confirm your email for Stepwise", text, html };
}
