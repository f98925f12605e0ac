// The outbox transport and reader against a real temporary DATA_DIR.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { listOutboxMessages, readOutboxMessage } from "./outbox";
import { InvalidEmailError, sendEmail } from "./send-email";
import { passwordResetMessage } from "./templates/password-reset";
import { createEmailTransport, type EmailTransport } from "./transport";

let dataDir: string;
let transport: EmailTransport;
const resetUrl = "https://stepwise.example.com/reset-password?token=r3s3t&email=ada%40example.com";

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "stepwise-outbox-"));
  transport = createEmailTransport(parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir }));
});

afterAll(async () => {
  transport?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the outbox", () => {
  it("lists nothing before the first email", async () => {
    expect(transport.kind).toBe("outbox");
    expect(await listOutboxMessages({ dataDir })).toEqual([]);
  });

  it("saves each email as a parseable .eml file with unix newlines", async () => {
    const content = passwordResetMessage({ name: "<b>Ada</b>", url: resetUrl, expiresInMinutes: 30 });
    const { messageId } = await sendEmail(
      {
        to: "ada@example.com",
        ...content,
        headers: { "X-Stepwise-Kind": "password-reset" },
        attachments: [{ filename: "note.txt", content: "hello", contentType: "text/plain" }],
      },
      { transport },
    );

    const files = await readdir(path.join(dataDir, "outbox"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/);

    const raw = await readFile(path.join(dataDir, "outbox", files[0]!));
    expect(raw.includes("\r\n")).toBe(false);
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.subject).toBe("Reset your Stepwise password");
    expect(parsed.text?.split("\n")).toContain(resetUrl);
    expect(parsed.html).toContain("&lt;b&gt;Ada&lt;/b&gt;");
  });

  it("reads the message back with headers, text, links, HTML and attachments", async () => {
    const [summary] = await listOutboxMessages({ dataDir });
    expect(summary).toMatchObject({
      to: "ada@example.com",
      from: '"Stepwise" <no-reply@stepwise.local>',
      subject: "Reset your Stepwise password",
    });
    expect(Date.now() - summary!.date.getTime()).toBeLessThan(60_000);

    const message = await readOutboxMessage(summary!.id, { dataDir });
    expect(message).not.toBeNull();
    expect(message!.subject).toBe("Reset your Stepwise password");
    expect(message!.to).toBe("ada@example.com");
    expect(message!.text.split("\n")).toContain(resetUrl);
    expect(message!.links).toEqual([resetUrl]);
    expect(message!.html).toContain("&lt;b&gt;Ada&lt;/b&gt;");
    expect(message!.headers).toContainEqual({ name: "X-Stepwise-Kind", value: "password-reset" });
    expect(message!.headers.map((header) => header.name)).toEqual(expect.arrayContaining(["From", "To", "Subject", "Date", "Message-ID"]));
    expect(message!.attachments).toEqual([{ filename: "note.txt", contentType: "text/plain", size: 5 }]);
  });

  it("lists newest first, bounded by the limit, ignoring other files", async () => {
    for (const n of [1, 2, 3]) {
      await pause(3); // distinct millisecond timestamps, so the order is by time alone
      await sendEmail({ to: `user${n}@example.com`, subject: `Message ${n}`, text: "Hi", html: "<p>Hi</p>" }, { transport });
    }
    const outbox = path.join(dataDir, "outbox");
    await writeFile(path.join(outbox, "notes.txt"), "not an email");
    await writeFile(path.join(outbox, ".20991231T235959999Z-00000000.eml.tmp"), "half written");
    await mkdir(path.join(outbox, "subfolder"));

    const all = await listOutboxMessages({ dataDir });
    expect(all.map((message) => message.subject)).toEqual(["Message 3", "Message 2", "Message 1", "Reset your Stepwise password"]);
    const latestTwo = await listOutboxMessages({ dataDir, limit: 2 });
    expect(latestTwo.map((message) => message.to)).toEqual(["user3@example.com", "user2@example.com"]);
  });

  it("writes nothing for a rejected message", async () => {
    const before = await readdir(path.join(dataDir, "outbox"));
    await expect(sendEmail({ to: "ada@example.com", subject: "Hi\r\nBcc: x@y.com", text: "Hi", html: "<p>Hi</p>" }, { transport })).rejects.toBeInstanceOf(InvalidEmailError);
    expect(await readdir(path.join(dataDir, "outbox"))).toEqual(before);
  });

  it.each([
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "notes",
    "20991231T235959999Z-00000000", // well-formed, but no such message
    "20261120T223000123Z-1a2b3c4d/../../../etc/passwd",
  ])("returns null for the id %j", async (id) => {
    expect(await readOutboxMessage(id, { dataDir })).toBeNull();
  });
});
