// Review-session emails: the invitation (and its updates), the cancellation, the reminders
// before a session and the summary after it. Times arrive already formatted in the
// recipient's own zone; the layout escapes everything.
import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

type Session = { name: string; otherName: string; whenText: string; url: string };

/** `scheduledBy.isRecipient` is decided by id: two buddies may share a display name. */
export function reviewInviteMessage({ name, otherName, whenText, url, scheduledBy, update }: Session & { scheduledBy: { name: string; isRecipient: boolean }; update: boolean }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `${update ? "New time" : "Review"} with ${otherName}: ${whenText}`,
    heading: update ? `Your review with ${otherName} has moved` : `Your review with ${otherName} is booked`,
    paragraphs: [
      greeting(name),
      scheduledBy.isRecipient
        ? `You ${update ? "moved" : "scheduled"} your goal review with ${otherName}${update ? ". The new time is" : " for"}:`
        : `${scheduledBy.name} ${update ? "moved your goal review. The new time is" : "scheduled a goal review with you for"}:`,
      whenText,
      "The invitation is attached: add it to your calendar. At the agreed time, both of you open the session page, go through your shared goals and record what you decide.",
    ],
    action: { label: "Open the review", url },
    footer: "You get this email because you and your buddy review your goals together on Stepwise.",
  });
  return { subject: `${update ? "Updated: " : ""}Goal review with ${otherName}, ${whenText}`, text, html };
}

export function reviewCancelledMessage({ name, otherName, whenText, url }: Session): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `Your review with ${otherName} on ${whenText} is cancelled.`,
    heading: `Your review with ${otherName} is cancelled`,
    paragraphs: [greeting(name), `The goal review with ${otherName} planned for ${whenText} is cancelled. The attachment removes it from your calendar.`, "You can schedule a new one from your buddy page."],
    action: { label: "Schedule another", url },
  });
  return { subject: `Cancelled: Goal review with ${otherName}, ${whenText}`, text, html };
}

export function reviewReminderMessage({ name, otherName, whenText, url, leadText, unsubscribe }: Session & { leadText: string; unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `Your review with ${otherName} is ${leadText}.`,
    heading: `Your review with ${otherName} is ${leadText}`,
    paragraphs: [greeting(name), `Your goal review with ${otherName} is on ${whenText}.`, "Before you meet, check in on your shared goals so the agenda shows where you really are."],
    action: { label: "Open the review", url },
    unsubscribe,
  });
  return { subject: `Reminder: goal review with ${otherName} ${leadText}`, text, html };
}

export type SummaryDecision = { ownerName: string; goalTitle: string; outcome: string; note: string };

export function reviewSummaryMessage({ name, otherName, whenText, url, decisions, notes, nextWhenText }: Session & { decisions: SummaryDecision[]; notes: string; nextWhenText: string | null }): EmailContent {
  const lines = decisions.slice(0, 50).map((decision) => `${decision.ownerName}: “${decision.goalTitle}”: ${decision.outcome}${decision.note ? ` (${decision.note})` : ""}`);
  if (decisions.length > 50) lines.push(`…and ${decisions.length - 50} more.`);
  const { text, html } = renderEmailLayout({
    preheader: `What you and ${otherName} decided in your goal review.`,
    heading: `Your review with ${otherName}`,
    paragraphs: [
      greeting(name),
      `Here is what you and ${otherName} decided in your review on ${whenText}.`,
      lines.length ? lines.join("\n") : "You did not record a decision on any goal.",
      ...(notes.trim() ? [`Your shared notes:\n${notes.trim()}`] : []),
      nextWhenText ? `Your next review: ${nextWhenText}. The invitation follows in a separate email.` : "You have no next review scheduled yet.",
    ],
    action: { label: "See the review", url },
  });
  return { subject: `Summary of your goal review with ${otherName}`, text, html };
}
