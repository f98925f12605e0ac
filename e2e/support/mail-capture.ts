// The inbox of the browser tests: a real SMTP server (smtp-server) that the app under test
// sends to (SMTP_URL), every message parsed with mailparser, as a mail client would see it.
// It runs in Playwright's runner process (this file is the globalSetup); tests run in worker
// processes, so it also answers GET /messages?to=<address> over HTTP on loopback.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { localSmtpOptions } from "../../scripts/local-smtp-options.mjs";

export type CapturedEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** When the capture server received it (ISO 8601). */
  date: string;
  /** Attachments as text (e.g. an iCalendar invite); `method` is the Content-Type's method parameter. */
  attachments: { filename: string; contentType: string; method?: string; content: string }[];
};

export type MailCapture = {
  messages: CapturedEmail[];
  /** The ports actually listened on (pass 0 to get free ones). */
  smtpPort: number;
  apiPort: number;
  stop(): Promise<void>;
};

export type MailCaptureOptions = {
  smtpPort: number;
  apiPort: number;
  /**
   * Awaited before each message is accepted: a test holds the sender's SMTP transaction (and
   * so the request that sends) open until it resolves.
   */
  beforeAccept?: () => Promise<void>;
};

function recipients(to: AddressObject | AddressObject[] | undefined): string[] {
  const groups = Array.isArray(to) ? to : to ? [to] : [];
  return groups.flatMap((group) => group.value.map((address) => (address.address ?? "").toLowerCase()));
}

function listen(server: { listen(port: number, host: string, callback: () => void): unknown; once(event: "error", listener: (error: Error) => void): unknown }, port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: Error) => reject(new Error(`Could not start the ${what} on 127.0.0.1:${port}: ${error.message}`)));
    server.listen(port, "127.0.0.1", resolve);
  });
}

export async function startMailCapture({ smtpPort, apiPort, beforeAccept }: MailCaptureOptions): Promise<MailCapture> {
  const messages: CapturedEmail[] = [];

  const smtp = new SMTPServer({
    // The app keeps pooled SMTP connections open; do not wait 30 s for them at teardown.
    ...localSmtpOptions(500),
    onData(stream, session, callback) {
      const receivedAt = new Date();
      simpleParser(stream)
        .then(async (mail) => {
          await beforeAccept?.();
          // The envelope is who the message was delivered to; the header is the fallback.
          const envelope = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          for (const to of envelope.length > 0 ? envelope : recipients(mail.to)) {
            messages.push({
              to,
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: typeof mail.html === "string" ? mail.html : "",
              date: receivedAt.toISOString(),
              attachments: mail.attachments.map((attachment) => ({
                filename: attachment.filename ?? "",
                contentType: attachment.contentType,
                method: (attachment.headers.get("content-type") as { params?: Record<string, string> } | undefined)?.params?.method,
                content: attachment.content.toString("utf8"),
              })),
            });
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  const api: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method !== "GET" || url.pathname !== "/messages") {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
      return;
    }
    const to = url.searchParams.get("to")?.toLowerCase();
    const found = to ? messages.filter((message) => message.to === to) : messages;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(found));
  });

  await listen(smtp, smtpPort, "SMTP capture server");
  try {
    await listen(api, apiPort, "mail API");
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  const apiAddress = api.address() as AddressInfo;
  const smtpAddress = smtp.server.address() as AddressInfo;
  console.info(`[e2e] capturing email on smtp://127.0.0.1:${smtpAddress.port}, readable at http://127.0.0.1:${apiAddress.port}/messages`);

  return {
    messages,
    smtpPort: smtpAddress.port,
    apiPort: apiAddress.port,
    async stop() {
      api.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => api.close(() => resolve())), new Promise<void>((resolve) => smtp.close(() => resolve()))]);
    },
  };
}

/** Playwright globalSetup: starts the capture; the function it returns is the global teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const capture = await startMailCapture({
    smtpPort: Number(process.env.E2E_SMTP_PORT ?? 2525),
    apiPort: Number(process.env.E2E_MAIL_API_PORT ?? 2526),
  });
  return () => capture.stop();
}
