// Account emails are queued and sent after the response is on its way: whether an address has an
// account then changes neither the answer nor how long it takes. They go through the delivery
// ledger (lib/reminders/composed-email.ts), so a mail-server outage delays them and loses none.
import "server-only";
import { runAfterResponse } from "@/lib/lifecycle/after-response";
import type { EmailMessage } from "@/lib/email";
import { sendComposedEmail } from "@/lib/reminders/composed-email";

export async function sendAccountEmail(message: EmailMessage): Promise<void> {
  await runAfterResponse(() => sendComposedEmail({ kind: "account-email", message }).catch((error: unknown) => console.error("[email] could not queue an account email", { subject: message.subject, error })));
}
