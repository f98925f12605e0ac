import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting, oneLine } from "./wording";

export type DeadlineReminderInput = {
  name: string;
  /** What is due: a goal, or a step of a goal. */
  subject: { kind: "goal"; title: string } | { kind: "step"; title: string; goalTitle: string };
  /** "Friday 28 November". */
  deadlineLabel: string;
  /** Days until the deadline, or "overdue" the day after it. */
  offset: number | "overdue";
  /** Open steps of the goal (goal reminders only). */
  openSteps?: number;
  /** The step's if-then plan, quoted so the reminder says what the person decided to do. */
  ifThenPlan?: string;
  url: string;
  unsubscribe: EmailAction;
};

function when(offset: number | "overdue", deadlineLabel: string): string {
  if (offset === "overdue") return `was due yesterday, ${deadlineLabel}`;
  if (offset === 0) return "is due today";
  if (offset === 1) return `is due tomorrow, ${deadlineLabel}`;
  return `is due in ${offset} days, on ${deadlineLabel}`;
}

export function deadlineReminderMessage(input: DeadlineReminderInput): EmailContent {
  const what = input.subject.kind === "goal" ? `Your goal “${input.subject.title}”` : `Your step “${input.subject.title}”`;
  const sentence = `${what} ${when(input.offset, input.deadlineLabel)}.`;
  const paragraphs = [greeting(input.name), sentence];
  if (input.subject.kind === "step") paragraphs.push(`It is a step towards “${input.subject.goalTitle}”.`);
  if (input.ifThenPlan) paragraphs.push(`Your if-then plan: “${input.ifThenPlan}”`);
  if (input.subject.kind === "goal" && input.openSteps) {
    paragraphs.push(`${input.openSteps} step${input.openSteps === 1 ? " is" : "s are"} still open.`);
  }
  if (input.offset === "overdue") {
    paragraphs.push("If it is done, mark it so. If the date no longer works, give it a new one: a moved deadline is better than a forgotten one.");
  }
  const title = oneLine(input.subject.title);
  const subject = input.offset === "overdue" ? `Overdue: “${title}” was due yesterday` : input.offset === 0 ? `Due today: “${title}”` : input.offset === 1 ? `Due tomorrow: “${title}”` : `“${title}” is due in ${input.offset} days`;
  const { text, html } = renderEmailLayout({
    preheader: sentence,
    heading: input.offset === "overdue" ? "A deadline has passed" : "A deadline is coming up",
    paragraphs,
    action: { label: input.subject.kind === "goal" ? "Open the goal" : "Open the step’s goal", url: input.url },
    footer: "You get this because deadline reminders are on. You can change the days and the time in your Stepwise settings.",
    unsubscribe: input.unsubscribe,
  });
  return { subject, text, html };
}
