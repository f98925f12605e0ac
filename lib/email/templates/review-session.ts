// Review-session emails: the invitation (and its updates), the cancellation, the reminders
// before a session and the summary after it. Times arrive already formatted in the
// recipient's own zone; the layout escapes everything.
import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

type Session = { name: string; otherName: string; whenText: string; url: string };

/**
 * The invitation and its updates. `scheduledBy.isRecipient` is decided by id: two buddies may
 * share a display name. `confirmedProposal`: the update sent when one person confirmed the time
 * the other proposed (`scheduledBy` is then the proposer).
 */
export function reviewInviteMessage({ name, otherName, whenText, url, scheduledBy, update, confirmedProposal = false }: Session & { scheduledBy: { name: string; isRecipient: boolean }; update: boolean; confirmedProposal?: boolean }): EmailContent {
  const lead = confirmedProposal
    ? scheduledBy.isRecipient
      ? `${otherName} confirmed the time you proposed for your goal review. The new time is:`
      : `You confirmed the time ${otherName} proposed for your goal review. The new time is:`
    : scheduledBy.isRecipient
      ? `You ${update ? "moved" : "scheduled"} your goal review with ${otherName}${update ? ". The new time is" : " for"}:`
      : `${scheduledBy.name} ${update ? "moved your goal review. The new time is" : "scheduled a goal review with you for"}:`;
  const { text, html } = renderEmailLayout({
    preheader: `${update ? "New time" : "Review"} with ${otherName}: ${whenText}`,
    heading: confirmedProposal ? `New time confirmed for your review with ${otherName}` : update ? `Your review with ${otherName} has moved` : `Your review with ${otherName} is booked`,
    paragraphs: [greeting(name), lead, whenText, `${update ? "The updated invitation" : "The invitation"} is attached: add it to your calendar. At the agreed time, both of you open the session page, go through your shared goals and record what you decide.`],
    action: { label: "Open the review", url },
    footer: "You get this email because you and your buddy review your goals together on Stepwise.",
  });
  return { subject: `${update ? "Updated: " : ""}Goal review with ${otherName}, ${whenText}`, text, html };
}

/**
 * To the person asked to answer a proposed time: both local times when their zones differ, the
 * booked time that stands until they answer, and where to confirm or propose again.
 */
export function reviewTimeProposedMessage({ name, otherName, whenText, url, bookedText, otherWhenText }: Session & { bookedText: string; otherWhenText: string | null }): EmailContent {
  const title = `${otherName} proposed another time for your goal review`;
  const { text, html } = renderEmailLayout({
    preheader: `${otherName} proposed ${whenText}.`,
    heading: title,
    paragraphs: [
      greeting(name),
      `${otherName} proposed another time for your goal review:`,
      otherWhenText ? `${whenText}\nFor ${otherName}: ${otherWhenText}` : whenText,
      `Until you confirm it, the booked time stands: ${bookedText}.`,
      "Confirm the new time, or propose another, on the review page. When you confirm, you both get the updated invitation.",
    ],
    action: { label: "Answer the proposal", url },
    footer: "You get this email because you and your buddy review your goals together on Stepwise.",
  });
  return { subject: title, text, html };
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
