import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting } from "./wording";

export type DigestItem = { title: string; /** Set for a step: the goal it belongs to. */ goalTitle?: string; deadlineLabel: string; overdue: boolean };

export type WeeklyDigestInput = { name: string; items: DigestItem[]; overdueCount: number; upcomingCount: number; url: string; unsubscribe: EmailAction };

function line(item: DigestItem): string {
  const what = item.goalTitle ? `Step “${item.title}” (${item.goalTitle})` : `Goal “${item.title}”`;
  return item.overdue ? `Overdue since ${item.deadlineLabel}: ${what}` : `${item.deadlineLabel}: ${what}`;
}

export function weeklyDigestMessage(input: WeeklyDigestInput): EmailContent {
  const parts = [input.overdueCount ? `${input.overdueCount} overdue` : "", input.upcomingCount ? `${input.upcomingCount} due in the next two weeks` : ""].filter(Boolean);
  const summary = parts.join(", ");
  const shown = input.items.length;
  const total = input.overdueCount + input.upcomingCount;
  const lines = input.items.map(line);
  if (total > shown) lines.push(`…and ${total - shown} more on your dashboard.`);
  const { text, html } = renderEmailLayout({
    preheader: `This week: ${summary}.`,
    heading: "Your week in Stepwise",
    paragraphs: [greeting(input.name), `Here is what needs you: ${summary}.`, lines.join("\n")],
    action: { label: "Open your dashboard", url: input.url },
    footer: "You get this digest every Monday instead of one email per deadline. You can switch back, or change the time, in your Stepwise settings.",
    unsubscribe: input.unsubscribe,
  });
  return { subject: `Your week in Stepwise: ${summary}`, text, html };
}
