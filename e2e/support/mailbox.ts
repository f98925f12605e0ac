// Reading what the app emailed, from a spec: polls the capture server's HTTP API
// (e2e/support/mail-capture.ts), which runs in Playwright's runner process.
import type { CapturedEmail } from "./mail-capture";

export type { CapturedEmail };

const TIMEOUT_MS = 15_000;
const POLL_MS = 100;

function mailApiUrl(to?: string): string {
  const url = new URL(`http://127.0.0.1:${process.env.E2E_MAIL_API_PORT ?? 2526}/messages`);
  if (to) url.searchParams.set("to", to);
  return url.toString();
}

function appUrl(): string {
  return process.env.E2E_APP_URL ?? "http://127.0.0.1:3100";
}

/** Every message delivered to `to` (to anyone, without it) so far, oldest first. */
export async function listEmails(to?: string): Promise<CapturedEmail[]> {
  const response = await fetch(mailApiUrl(to));
  if (!response.ok) throw new Error(`The mail capture API answered ${response.status}`);
  return (await response.json()) as CapturedEmail[];
}

/**
 * The first email to `to` whose subject contains `subjectIncludes` (received at or after
 * `after`, when given: pass the time just before the action that sends it, so an older email
 * with the same subject is not picked up). Waits up to 15 s: the app sends after responding.
 */
export async function waitForEmail(to: string, subjectIncludes: string, { after }: { after?: Date } = {}): Promise<CapturedEmail> {
  const deadline = Date.now() + TIMEOUT_MS;
  let seen: CapturedEmail[] = [];
  for (;;) {
    seen = await listEmails(to);
    const found = seen.find((email) => email.subject.includes(subjectIncludes) && (!after || new Date(email.date) >= after));
    if (found) return found;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const received = seen.map((email) => `"${email.subject}" at ${email.date}`).join(", ") || "nothing";
  throw new Error(`No email to ${to} with a subject containing "${subjectIncludes}"${after ? ` received after ${after.toISOString()}` : ""} within ${TIMEOUT_MS / 1000} s (received: ${received}).`);
}

/** The first URL in the email's text part that starts with `origin` (the app's URL) followed by `pathPrefix`. */
export function linkFrom(email: CapturedEmail, pathPrefix: string, origin = appUrl()): string {
  const prefix = origin + pathPrefix;
  const link = email.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in the email "${email.subject}" to ${email.to}:\n${email.text}`);
  return link;
}
