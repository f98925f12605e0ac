// A scheduler pass every hour on a test clock, and what one person received from each.
import { deliverDueEmails } from "@/lib/reminders/deliver-due";
import type { CapturedEmail, MailCapture } from "./mail-capture";

const HOUR = 3_600_000;

export type Arrival = { at: string; subject: string; text: string };

/** Hourly passes from `from` for `hours`; what `to` received (less what `ignore` says), with the pass time. */
export async function hourlyPasses(mail: MailCapture, from: string, hours: number, to: string, ignore: (email: CapturedEmail) => boolean = () => false): Promise<Arrival[]> {
  const arrivals: Arrival[] = [];
  for (let hour = 0; hour <= hours; hour += 1) {
    const at = new Date(new Date(from).getTime() + hour * HOUR);
    const before = mail.messages.length;
    await deliverDueEmails({ now: at });
    for (const email of mail.messages.slice(before)) if (email.to === to && !ignore(email)) arrivals.push({ at: at.toISOString(), subject: email.subject, text: email.text });
  }
  return arrivals;
}
