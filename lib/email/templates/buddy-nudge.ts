import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting, oneLine } from "./wording";

const FOOTER = "You get this because buddy nudges are on. You and your buddy set how often you check in on your agreement page.";

export function buddyDeadlineNudgeMessage(input: {
  name: string;
  buddyName: string;
  goalTitle: string;
  /** "Friday 28 November". */
  deadlineLabel: string;
  daysLeft: number;
  url: string;
  unsubscribe: EmailAction;
}): EmailContent {
  const weekday = input.deadlineLabel.split(" ")[0] ?? input.deadlineLabel;
  const when = input.daysLeft === 0 ? "today" : input.daysLeft === 1 ? "tomorrow" : `in ${input.daysLeft} days, on ${input.deadlineLabel}`;
  const { text, html } = renderEmailLayout({
    preheader: `${input.buddyName}'s goal “${input.goalTitle}” is due ${when}.`,
    heading: `${input.buddyName} has a deadline coming up`,
    paragraphs: [
      greeting(input.name),
      `${input.buddyName}'s goal “${input.goalTitle}” is due ${when}.`,
      "A short message now (how is it going, what is left, can I help?) is what an accountability buddy is for.",
    ],
    action: { label: `Check in with ${input.buddyName}`, url: input.url },
    footer: FOOTER,
    unsubscribe: input.unsubscribe,
  });
  const day = input.daysLeft <= 1 ? when : `on ${weekday}`;
  return { subject: `${oneLine(input.buddyName, 60)} has a deadline ${day} — check in?`, text, html };
}

export function buddyCheckInNudgeMessage(input: { name: string; buddyName: string; daysSilent: number; cadenceLabel: string; url: string; unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `${input.buddyName} has not checked in for ${input.daysSilent} days.`,
    heading: `Time to check in with ${input.buddyName}`,
    paragraphs: [
      greeting(input.name),
      `You agreed to check in ${input.cadenceLabel}, and ${input.buddyName} has not posted a check-in on a shared goal for ${input.daysSilent} days.`,
      "A friendly question is often all it takes to get going again.",
    ],
    action: { label: `See ${input.buddyName}'s goals`, url: input.url },
    footer: FOOTER,
    unsubscribe: input.unsubscribe,
  });
  return { subject: `${oneLine(input.buddyName, 60)} has not checked in for ${input.daysSilent} days`, text, html };
}
