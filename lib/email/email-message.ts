// What a caller may ask sendEmail to send, validated before anything reaches a transport.
// The rules exist to stop header injection: one recipient only, no line breaks or control
// characters in any header value, and no custom header that would override the structure
// of the message (From, To, Bcc, Content-Type, ...).
import { z } from "zod";

// C0 controls and DEL, except horizontal tab (which RFC 5322 allows in folded values).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/;

const headerValue = (maxLength: number) =>
  z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), "must not contain line breaks or control characters");

// Headers the composer sets itself; letting a caller set them would let it redirect or
// reshape the message.
const RESERVED_HEADERS = new Set(["from", "sender", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version", "return-path", "received"]);

const HeaderNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,75}$/, "must be a header name of letters, digits and dashes")
  .refine((name) => {
    const lower = name.toLowerCase();
    return !RESERVED_HEADERS.has(lower) && !lower.startsWith("content-");
  }, "is set by the mailer and cannot be overridden");

// "text/calendar; method=REQUEST; charset=utf-8"
const ContentTypeSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][\w.+-]*\/[A-Za-z0-9][\w.+-]*(\s*;\s*[A-Za-z0-9][\w.+-]*=("[^"\\\u0000-\u001f]*"|[\w.+-]+))*$/, "must be a MIME type such as text/calendar; method=REQUEST");

const AttachmentSchema = z.object({
  filename: headerValue(200)
    .min(1, "must not be empty")
    .refine((name) => !/[\\/]/.test(name), "must be a file name, not a path"),
  content: z.union([z.string(), z.instanceof(Buffer)]),
  contentType: ContentTypeSchema,
});

export const EmailMessageSchema = z.object({
  // A bare address: no display name, no list, so exactly one recipient.
  to: z.email("must be exactly one email address").max(254, "must be exactly one email address"),
  subject: headerValue(998).min(1, "must not be empty"),
  text: z.string().min(1, "every email needs a plain-text part"),
  html: z.string().min(1, "every email needs an HTML part"),
  headers: z.record(HeaderNameSchema, headerValue(2000)).optional(),
  attachments: z.array(AttachmentSchema).max(10, "at most 10 attachments").optional(),
});

export type EmailMessage = z.infer<typeof EmailMessageSchema>;
export type EmailAttachment = z.infer<typeof AttachmentSchema>;

/** Thrown before sending when a message would be unsafe or malformed; nothing was sent. */
export class InvalidEmailError extends Error {
  readonly code = "INVALID_EMAIL" as const;

  constructor(readonly issues: string[]) {
    // The issues name fields, never their values: addresses are personal data.
    super(`Invalid email message: ${issues.join("; ")}`);
    this.name = "InvalidEmailError";
  }
}

export function parseEmailMessage(message: unknown): EmailMessage {
  const result = EmailMessageSchema.safeParse(message);
  if (!result.success) {
    throw new InvalidEmailError(result.error.issues.map(describeIssue));
  }
  return result.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join(".") || "message";
  // A bad header name is reported by zod as "Invalid key in record"; say what was wrong with it.
  const message = issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return `${field}: ${message}`;
}
