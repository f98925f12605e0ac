// A real SMTP server in the test process. Tests point SMTP_URL at it and read back what the
// product actually sent, parsed by mailparser: no mocked transport.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/** `method` is the Content-Type's method parameter (iTIP invitations: REQUEST, CANCEL). */
export type CapturedAttachment = { filename: string; contentType: string; method?: string; content: string };
export type CapturedEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail["headers"];
  /** Header values as sent, unfolded, by lower-case name (mailparser reshapes some, e.g. List-*). */
  rawHeaders: Record<string, string>;
  attachments: CapturedAttachment[];
};

export type MailCapture = {
  url: string;
  messages: CapturedEmail[];
  /** Resolves with the first message to `to` whose subject contains `subject`, waiting up to 5 s. */
  waitFor(to: string, subject: string): Promise<CapturedEmail>;
  to(address: string): CapturedEmail[];
  close(): Promise<void>;
  /** Holds each accepted message this long before answering 250 (a slow server). */
  setAcceptDelay(ms: number): void;
  /** Answers the next `count` messages 451 "Mailbox busy, try later" (a server that refuses for now); 0 stops refusing. */
  refuseNext(count: number): void;
};

export async function startMailCapture(): Promise<MailCapture> {
  const messages: CapturedEmail[] = [];
  let acceptDelayMs = 0;
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
          messages.push({
            to: to.map((address) => address.address ?? "").join(","),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers: mail.headers,
            rawHeaders: Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(":") + 1)
                  .replace(/\r?\n[ \t]+/g, " ")
                  .trim(),
              ]),
            ),
            attachments: mail.attachments.map((attachment) => ({
              filename: attachment.filename ?? "",
              contentType: attachment.contentType,
              method: (attachment.headers.get("content-type") as { params?: Record<string, string> } | undefined)?.params?.method,
              content: attachment.content.toString("utf8"),
            })),
          });
          if (acceptDelayMs > 0) setTimeout(() => callback(), acceptDelayMs);
          else callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A client that dies mid-session (a killed process) resets its connection: not a test failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const find = (to: string, subject: string) => messages.find((m) => m.to === to && m.subject.includes(subject));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((m) => m.to === address),
    async waitFor(to, subject) {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const found = find(to, subject);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email to ${to} with subject containing "${subject}" (got: ${messages.map((m) => `${m.to}: ${m.subject}`).join("; ") || "none"})`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    setAcceptDelay: (ms) => {
      acceptDelayMs = ms;
    },
    refuseNext: (count) => {
      refusals = count;
    },
  };
}

/** The first URL in a text body that starts with the given path on any host. */
export function linkIn(text: string, pathname: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${pathname.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!match) throw new Error(`No ${pathname} link in:\n${text}`);
  return match[0];
}

export function tokenFrom(url: string): string {
  const token = new URL(url).searchParams.get("token");
  if (!token) throw new Error(`No token in ${url}`);
  return token;
}
