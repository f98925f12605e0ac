import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

/** A comment or cheer the other person left, or their comeback check-in after a break. */
export type ActivityItem = { kind: "COMMENT" | "CHEER" | "COMEBACK"; goalTitle: string; body: string };

function line(item: ActivityItem, otherName: string): string {
  if (item.kind === "CHEER") return `${otherName} cheered on “${item.goalTitle}”.`;
  if (item.kind === "COMEBACK") return `${otherName} is back, checking in on “${item.goalTitle}” after a break. A warm welcome back goes a long way.`;
  return `On “${item.goalTitle}”, ${otherName} wrote: “${item.body}”`;
}

export function buddyActivityMessage({ name, otherName, items, url, unsubscribe }: { name: string; otherName: string; items: ActivityItem[]; url: string; unsubscribe?: EmailAction }): EmailContent {
  const cheers = items.filter((item) => item.kind === "CHEER").length;
  const comebacks = items.filter((item) => item.kind === "COMEBACK").length;
  const comments = items.length - cheers - comebacks;
  const counts = [comments ? `${comments} comment${comments === 1 ? "" : "s"}` : "", cheers ? `${cheers} cheer${cheers === 1 ? "" : "s"}` : ""].filter(Boolean).join(" and ");
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
