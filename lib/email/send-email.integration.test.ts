// A real SMTP server in this process: what arrives is what a mail provider would receive.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { InvalidEmailError, sendEmail, type EmailMessage } from "./send-email";
import { verifyEmailMessage } from "./templates/verify-email";
import { createEmailTransport, type EmailTransport } from "./transport";

interface ReceivedMail {
  from: string | false;
  recipients: string[];
  raw: Buffer;
}

const received: ReceivedMail[] = [];
let connections = 0;
let server: SMTPServer;
let transport: EmailTransport;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom && session.envelope.mailFrom.address,
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const env = parseEnv({ NODE_ENV: "test", SMTP_URL: `smtp://127.0.0.1:${port}`, EMAIL_FROM: "Stepwise <no-reply@stepwise.test>" });
  transport = createEmailTransport(env);
});

afterAll(async () => {
  transport?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function sendAndReceive(message: EmailMessage): Promise<{ messageId: string; mail: ReceivedMail; parsed: ParsedMail }> {
  const before = received.length;
  const { messageId } = await sendEmail(message, { transport });
  // The server acknowledges DATA only after onData has stored the message.
  expect(received).toHaveLength(before + 1);
  const mail = received[before]!;
  return { messageId, mail, parsed: await simpleParser(mail.raw) };
}

describe("sendEmail over SMTP", () => {
  it("uses the SMTP transport when SMTP_URL is set", () => {
    expect(transport.kind).toBe("smtp");
  });

  it("delivers a unicode subject, text and HTML parts, custom headers and attachments", async () => {
    const url = "https://stepwise.example.com/verify?token=t0k3n&x=1";
    const content = verifyEmailMessage({ name: `<img src=x onerror="alert(1)"> Zoë`, url });
    const binary = Buffer.from([0, 255, 1, 254, 13, 10, 0x42]);
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    const subject = "Ziel erreicht ✅ — café 🎉 日本語";

    const { messageId, mail, parsed } = await sendAndReceive({
      to: "ada@example.com",
      subject,
      text: content.text,
      html: content.html,
      headers: { "List-Unsubscribe": "<https://stepwise.example.com/unsubscribe/abc>", "X-Stepwise-Kind": "verify-email" },
      attachments: [
        { filename: "review.ics", content: ics, contentType: "text/calendar; method=REQUEST; charset=utf-8" },
        { filename: "data.bin", content: binary, contentType: "application/octet-stream" },
      ],
    });

    expect(mail.recipients).toEqual(["ada@example.com"]);
    expect(mail.from).toBe("no-reply@stepwise.test");
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.subject).toBe(subject);
    expect(parsed.from?.value).toEqual([{ name: "Stepwise", address: "no-reply@stepwise.test" }]);
    expect(parsed.to).toMatchObject({ text: "ada@example.com" });

    expect(parsed.text?.split("\n")).toContain(url);
    expect(parsed.html).toBeTypeOf("string");
    expect(parsed.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Zoë");
    expect(parsed.html).not.toContain("<img");
    expect(parsed.html).toContain(`href="https://stepwise.example.com/verify?token=t0k3n&amp;x=1"`);

    expect(parsed.headers.get("x-stepwise-kind")).toBe("verify-email");
    expect(parsed.headerLines.find((header) => header.key === "list-unsubscribe")?.line).toBe("List-Unsubscribe: <https://stepwise.example.com/unsubscribe/abc>");

    expect(parsed.attachments).toHaveLength(2);
    const [calendar, data] = parsed.attachments;
    expect(calendar?.filename).toBe("review.ics");
    expect(calendar?.contentType).toBe("text/calendar");
    expect(calendar?.headers.get("content-type")).toMatchObject({ params: { method: "REQUEST" } });
    expect(calendar?.content.toString("utf8")).toBe(ics);
    expect(data?.filename).toBe("data.bin");
    expect(data?.content.equals(binary)).toBe(true);
  });

  it.each<[string, Partial<EmailMessage>]>([
    ["subject", { subject: "Hello\r\nBcc: x@y.com" }],
    ["subject (bare LF)", { subject: "Hello\nBcc: x@y.com" }],
    ["custom header value", { headers: { "X-Stepwise-Kind": "reminder\r\nBcc: x@y.com" } }],
    ["custom header name", { headers: { Bcc: "x@y.com" } }],
    ["recipient list", { to: "ada@example.com, x@y.com" }],
    ["recipient", { to: "ada@example.com\r\nBcc: x@y.com" }],
  ])("rejects a header injection through the %s and sends nothing", async (_label, override) => {
    const before = received.length;
    const connectionsBefore = connections;
    await expect(sendEmail({ to: "ada@example.com", subject: "Hello", text: "Hello", html: "<p>Hello</p>", ...override }, { transport })).rejects.toBeInstanceOf(InvalidEmailError);
    expect(received).toHaveLength(before);
    expect(connections).toBe(connectionsBefore);
  });

  it("reuses pooled connections instead of opening one per message", async () => {
    const connectionsBefore = connections;
    for (const n of [1, 2, 3]) {
      await sendAndReceive({ to: `user${n}@example.com`, subject: `Message ${n}`, text: "Hi", html: "<p>Hi</p>" });
    }
    // The first test opened the connection; at most one more if the server had closed it.
    expect(connections - connectionsBefore).toBeLessThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(2);
  });
});
