import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";

export function webhookPausedMessage({ label, reason, url }: { label: string; reason: string; url: string }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `Stepwise stopped sending to “${label}” until you resume it.`,
    heading: `Sending to “${label}” is paused`,
    paragraphs: [`Stepwise could not deliver to your destination “${label}”, so it paused it. Nothing more is sent there until you resume it.`, reason, "Check that the URL still works (a removed Slack app or a deleted channel webhook stops accepting messages), then resume it or send a test from your settings."],
    action: { label: "Open webhook settings", url },
  });
  return { subject: `Stepwise paused your destination “${label}”`, text, html };
}
