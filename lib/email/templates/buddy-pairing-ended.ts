import { renderEmailLayout } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

export function buddyPairingEndedMessage({ name, otherName, endedByYou, accountDeleted = false, url }: { name: string; otherName: string; endedByYou: boolean; accountDeleted?: boolean; url: string }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `Your Stepwise buddy pairing with ${otherName} has ended.`,
    heading: "Your buddy pairing has ended",
    paragraphs: [
      greeting(name),
      accountDeleted ? `${otherName} deleted their Stepwise account, so your buddy pairing has ended.` : endedByYou ? `You ended your buddy pairing with ${otherName}.` : `${otherName} ended your buddy pairing.`,
      `From now on neither of you sees the other's shared goals. Your own goals are unchanged.`,
    ],
    action: { label: "Your buddies", url },
  });
  return { subject: `Your Stepwise buddy pairing with ${otherName} has ended`, text, html };
}
