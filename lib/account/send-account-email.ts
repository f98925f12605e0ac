// Account emails are sent after the response is on its way: whether an address has an
// account then changes neither the answer nor how long it takes.
import { runAfterResponse } from "@/lib/lifecycle/after-response";
import { sendEmail, type EmailMessage } from "@/lib/email";

export async function sendAccountEmail(message: EmailMessage): Promise<void> {
  await runAfterResponse(() =>
    sendEmail(message).then(
      () => undefined,
      (error: unknown) => console.error("[email] account email failed", { subject: message.subject, error }),
    ),
  );
}
