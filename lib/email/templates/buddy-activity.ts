import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

export type ActivityItem = { kind: "COMMENT" | "CHEER"; goalTitle: string; body: string };

export function buddyActivityMessage({ name, otherName, items, url, unsubscribe }: { name: string; otherName: string; items: ActivityItem[]; url: string; unsubscribe?: EmailAction }): EmailContent {
  const cheers = items.filter((item) => item.kind === "CHEER").length;
  const comments = items.length - cheers;
  const counts = [comments ? `${comments} comment${comments === 1 ? "" : "s"}` : "", cheers ? `${cheers} cheer${cheers === 1 ? "" : "s"}` : ""].filter(Boolean).join(" and ");
  const lines = items.slice(0, 10).map((item) => (item.kind === "CHEER" ? `${otherName} cheered on “${item.goalTitle}”.` : `On “${item.goalTitle}”, ${otherName} wrote: “${item.body}”`));
  if (items.length > 10) lines.push(`…and ${items.length - 10} more.`);
  const { text, html } = renderEmailLayout({
    // Subject, heading and preview name the same event: what the buddy left, counted.
    preheader: `${otherName} left ${counts}. Read and reply on Stepwise.`,
    heading: `${otherName} left ${counts}`,
    paragraphs: [greeting(name), ...lines],
    action: { label: "Read and reply", url },
    footer: "Stepwise sends at most one of these emails an hour per buddy.",
    unsubscribe,
  });
  return { subject: `${otherName} left ${counts} on Stepwise`, text, html };
}
