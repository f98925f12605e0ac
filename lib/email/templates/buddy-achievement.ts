// "Your buddy reached a goal" and the invitation to celebrate it together. Only the goal's
// title and reward are ever included: the owner may tell a buddy about a private goal, and
// nothing else of it leaves their account.
import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting, oneLine } from "./wording";

type News = { name: string; otherName: string; goalTitle: string; reward: string | null; url: string };

export function buddyAchievementMessage({ name, otherName, goalTitle, reward, url, unsubscribe }: News & { unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `${otherName} reached “${goalTitle}”. Send a cheer or a word of congratulation.`,
    heading: `${otherName} achieved a goal`,
    paragraphs: [greeting(name), `${otherName} has just reached their goal “${goalTitle}”.`, ...(reward ? [`Their reward: ${reward}`] : []), "Send a cheer or a short congratulation: they will see it next to the achievement."],
    action: { label: "Congratulate them", url },
    footer: "You get this email because you are accountability buddies on Stepwise.",
    unsubscribe,
  });
  return { subject: `${otherName} achieved “${oneLine(goalTitle, 80)}” on Stepwise`, text, html };
}

export function celebrationInviteMessage({ name, otherName, goalTitle, whenText, url, organizerIsYou, update }: News & { whenText: string; organizerIsYou: boolean; update: boolean }): EmailContent {
  const heading = update ? `Your celebration of “${goalTitle}” has moved` : `Celebrate “${goalTitle}” together`;
  const { text, html } = renderEmailLayout({
    preheader: `${update ? "New time" : "Celebration"} with ${otherName}: ${whenText}`,
    heading,
    paragraphs: [
      greeting(name),
      organizerIsYou ? `You suggested celebrating “${goalTitle}” with ${otherName}${update ? ". The new time is" : " on"}:` : `${otherName} reached “${goalTitle}” and suggests celebrating it together${update ? ". The new time is" : " on"}:`,
      whenText,
      "The invitation is attached: add it to your calendar.",
    ],
    action: { label: "Open Stepwise", url },
    footer: "You get this email because you and your buddy celebrate your goals together on Stepwise.",
  });
  return { subject: `${update ? "Updated: " : ""}Celebrate “${oneLine(goalTitle, 60)}” with ${otherName}, ${whenText}`, text, html };
}
