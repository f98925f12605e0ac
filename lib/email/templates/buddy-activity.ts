import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

/**
 * A comment or cheer the other person left, their comeback check-in after a break, or their move
 * on a step's if-then plan: approving or questioning yours, or answering your question about theirs.
 * `goalTitle` is the goal's title; for plan items, the step's.
 */
export type ActivityItem = { kind: "COMMENT" | "CHEER" | "COMEBACK" | "PLAN_APPROVED" | "PLAN_QUESTION" | "PLAN_ANSWER"; goalTitle: string; body: string };

function line(item: ActivityItem, otherName: string): string {
  switch (item.kind) {
    case "CHEER":
      return `${otherName} cheered on “${item.goalTitle}”.`;
    case "COMEBACK":
      return `${otherName} is back, checking in on “${item.goalTitle}” after a break. A warm welcome back goes a long way.`;
    case "PLAN_APPROVED":
      return `${otherName} approved your if-then plan for “${item.goalTitle}”.`;
    case "PLAN_QUESTION":
      return `About your plan for “${item.goalTitle}”, ${otherName} asks: “${item.body}”`;
    case "PLAN_ANSWER":
      return `${otherName} answered your question about their plan for “${item.goalTitle}”: “${item.body}”`;
    case "COMMENT":
      return `On “${item.goalTitle}”, ${otherName} wrote: “${item.body}”`;
  }
}

const counted = (count: number, noun: string) => (count ? `${count} ${noun}${count === 1 ? "" : "s"}` : "");

export function buddyActivityMessage({ name, otherName, items, url, unsubscribe }: { name: string; otherName: string; items: ActivityItem[]; url: string; unsubscribe?: EmailAction }): EmailContent {
  const number = (...kinds: ActivityItem["kind"][]) => items.filter((item) => kinds.includes(item.kind)).length;
  const comebacks = number("COMEBACK");
  const parts = [counted(number("COMMENT"), "comment"), counted(number("CHEER"), "cheer"), counted(number("PLAN_APPROVED", "PLAN_QUESTION"), "plan review"), counted(number("PLAN_ANSWER"), "answer")].filter(Boolean);
  const counts = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  const lines = items.slice(0, 10).map((item) => line(item, otherName));
  if (items.length > 10) lines.push(`…and ${items.length - 10} more.`);
  // Subject, heading and preview name the same event: what the buddy left, counted; a comeback leads.
  const headline = comebacks ? `${otherName} is back: welcome them back${counts ? ` (and ${counts})` : ""}` : `${otherName} left ${counts}`;
  const { text, html } = renderEmailLayout({
    preheader: `${headline}. Read and reply on Stepwise.`,
    heading: headline,
    paragraphs: [greeting(name), ...lines],
    action: { label: "Read and reply", url },
    footer: "Stepwise sends at most one of these emails an hour per buddy.",
    unsubscribe,
  });
  return { subject: comebacks ? `${otherName} is back on Stepwise: welcome them back` : `${otherName} left ${counts} on Stepwise`, text, html };
}
