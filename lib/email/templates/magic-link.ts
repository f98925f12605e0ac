import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { formatDuration, greeting } from "./wording";

export function magicLinkMessage({ name, url, expiresInMinutes }: { name: string; url: string; expiresInMinutes: number }): EmailContent {
  const expiry = formatDuration(expiresInMinutes);
  const { text, html } = renderEmailLayout({
    preheader: `Your sign-in link works once and expires in ${expiry}.`,
    heading: "Sign in to Stepwise",
    paragraphs: [greeting(name), `Use the link below to sign in. It works once and expires in ${expiry}.`],
    action: { label: "Sign in", url },
    footer: "If you did not ask for this link, you can ignore this email: nobody can sign in without it.",
  });
  return { subject: "Your Stepwise sign-in link", text, html };
}
