import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";

export function buddyInviteMessage({ inviterName, message, url }: { inviterName: string; message: string; url: string }): EmailContent {
  const paragraphs = [`${inviterName} would like you to be their accountability buddy on Stepwise.`, "Buddies see the goals the other chooses to share, check in with each other, and review their plans together every quarter."];
  if (message.trim()) paragraphs.push(`${inviterName} wrote: “${message.trim()}”`);
  paragraphs.push("The invitation works for 7 days. You can accept or decline it on the page the link opens.");
  const { text, html } = renderEmailLayout({
    preheader: `${inviterName} invited you to be their accountability buddy.`,
    heading: "You are invited to be an accountability buddy",
    paragraphs,
    action: { label: "See the invitation", url },
    footer: "If you do not know this person, you can ignore this email.",
  });
  return { subject: `${inviterName} invited you to be their Stepwise buddy`, text, html };
}
