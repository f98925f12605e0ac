import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { formatDuration, greeting } from "./wording";

/** Asks the account's owner to confirm linking a provider sign-in; says plainly what ignoring it means. */
export function oidcLinkMessage({ name, providerName, providerEmail, url, expiresInMinutes }: { name: string; providerName: string; providerEmail: string; url: string; expiresInMinutes: number }): EmailContent {
  const expiry = formatDuration(expiresInMinutes);
  const { text, html } = renderEmailLayout({
    preheader: `Confirm signing in to Stepwise with ${providerName}. The link expires in ${expiry}.`,
    heading: `Link your ${providerName} sign-in`,
    paragraphs: [greeting(name), `Someone signed in with ${providerName} as ${providerEmail} and asked to link that sign-in to your Stepwise account. If it was you, use the link below: afterwards you can sign in with ${providerName}. It works once and expires in ${expiry}.`],
    action: { label: `Link ${providerName} and sign in`, url },
    footer: `If this was not you, ignore this email: nothing is linked without this link.`,
  });
  return { subject: `Link your ${providerName} sign-in to Stepwise`, text, html };
}
