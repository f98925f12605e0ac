// The one way the app sends email: validate, then hand to the configured transport.
import { parseEmailMessage, type EmailMessage } from "./email-message";
import { getEmailTransport, type EmailTransport, type SendOptions } from "./transport";

export { InvalidEmailError, type EmailMessage, type EmailAttachment } from "./email-message";

export interface SendEmailOptions extends SendOptions {
  /** Defaults to the process-wide transport chosen from the environment. */
  transport?: EmailTransport;
}

/**
 * Sends one email with a plain-text and an HTML part.
 * Throws InvalidEmailError (and sends nothing) when the message could inject headers, has
 * more or less than one recipient, or lacks a part; transport errors propagate unchanged.
 */
export async function sendEmail(message: EmailMessage, options: SendEmailOptions = {}): Promise<{ messageId: string }> {
  const valid = parseEmailMessage(message);
  const transport = options.transport ?? getEmailTransport();
  return transport.send(valid, { beforeCommit: options.beforeCommit });
}
