// Account emails are sent after the response is on its way: whether an address has an
// account then changes neither the answer nor how long it takes.
import { after } from "next/server";
import { sendEmail, type EmailMessage } from "@/lib/email";

export async function sendAccountEmail(message: EmailMessage): Promise<void> {
  const send = () =>
    sendEmail(message).then(
      () => undefined,
      (error: unknown) => console.error("[email] account email failed", { subject: message.subject, error }),
    );
  try {
    after(send);
  } catch {
    // Outside a request (scripts, tests) there is no response to wait for: send now.
    await send();
  }
}
