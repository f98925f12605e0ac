import { renderEmailLayout, type EmailAction } from "../layout";
import type { EmailContent } from "./email-content";
import { greeting, oneLine } from "./wording";

const FOOTER = "You get this because weekly reports are on for this buddy. Turn them off on your pairing page.";

export function weeklyReportReadyMessage(input: { name: string; buddyName: string; periodLabel: string; url: string; unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `Stepwise drafted your report for ${input.periodLabel}: done, stuck, next.`,
    heading: "Your weekly report is ready to send",
    paragraphs: [greeting(input.name), `Stepwise drafted your report to ${input.buddyName} for ${input.periodLabel} from your check-ins and steps: what got done, what is stuck, what comes next.`, "Change anything you like, then send it with one click. Only you see it until you do."],
    action: { label: "Review and send", url: input.url },
    footer: FOOTER,
    unsubscribe: input.unsubscribe,
  });
  return { subject: `Your weekly report to ${oneLine(input.buddyName, 60)} is ready to send`, text, html };
}

export function weeklyReportSentMessage(input: { name: string; authorName: string; periodLabel: string; report: { done: string; stuck: string; next: string }; url: string; unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `${input.authorName}'s report for ${input.periodLabel}: done, stuck, next.`,
    heading: `${input.authorName}'s weekly report`,
    paragraphs: [
      greeting(input.name),
      `${input.authorName} sent you their report for ${input.periodLabel}.`,
      `Done:\n${input.report.done}`,
      `Stuck:\n${input.report.stuck}`,
      `Next:\n${input.report.next}`,
      `A short answer, and one piece of advice, is what keeps ${input.authorName} going. Giving advice tends to help the giver too.`,
    ],
    action: { label: "Answer with one piece of advice", url: input.url },
    footer: "You get this because your buddy sends you weekly reports.",
    unsubscribe: input.unsubscribe,
  });
  return { subject: `${oneLine(input.authorName, 60)} sent you their weekly report`, text, html };
}

export function pairingHealthMessage(input: { name: string; buddyName: string; url: string; unsubscribe: EmailAction }): EmailContent {
  const { text, html } = renderEmailLayout({
    preheader: `You and ${input.buddyName} have been quiet for a while. Renew, pause or end kindly.`,
    heading: `You and ${input.buddyName}: how do you want to go on?`,
    paragraphs: [greeting(input.name), `Your pairing with ${input.buddyName} has been quiet for a while. That happens to every pairing; life gets busy.`, "You can renew your agreement (both of you accept it again), pause the pairing until one of you resumes it, or end it kindly, keeping everything you shared."],
    action: { label: "Choose together", url: input.url },
    footer: "You get this once when a pairing goes quiet, because buddy nudges are on.",
    unsubscribe: input.unsubscribe,
  });
  return { subject: `You and ${oneLine(input.buddyName, 60)}: renew, pause or end kindly?`, text, html };
}
