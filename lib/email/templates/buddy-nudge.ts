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
    paragraphs: [greeting(input.name), `${input.buddyName}'s goal “${input.goalTitle}” is due ${when}.`, "A short message now (how is it going, what is left, can I help?) is what an accountability buddy is for."],
    action: { label: `Check in with ${input.buddyName}`, url: input.url },
    footer: FOOTER,
    unsubscribe: input.unsubscribe,
  });
  const day = input.daysLeft <= 1 ? when : `on ${weekday}`;
  return { subject: `${oneLine(input.buddyName, 60)} has a deadline ${day} — check in?`, text, html };
}

/**
 * A quiet spell, worded to support, never to shame: no "missed", no count in the subject, an
 * invitation to say hello rather than to ask about the gap. The next check-in is a comeback.
 */
export function buddyCheckInNudgeMessage(input: { name: string; buddyName: string; daysSilent: number; cadenceLabel: string; url: string; unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `A short, warm hello can help ${input.buddyName} pick things up again.`,
    heading: `A friendly hello for ${input.buddyName}?`,
    paragraphs: [
      greeting(input.name),
      `You agreed to check in ${input.cadenceLabel}. ${input.buddyName}'s last check-in on a shared goal was ${input.daysSilent} days ago: busy weeks happen to everyone.`,
      `A warm message now (how are you, anything I can help with?) makes it easier to pick things up again. No need to mention the gap: when ${input.buddyName} checks in next, Stepwise greets it as a comeback, and nothing resets.`,
    ],
    action: { label: `Say hello to ${input.buddyName}`, url: input.url },
    footer: FOOTER,
    unsubscribe: input.unsubscribe,
  });
  return { subject: `A friendly hello for ${oneLine(input.buddyName, 60)}?`, text, html };
}
