import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isMailServerUnreachable, outageRetryDelaySeconds } from "./ledger";
import { smtpPoolOptions } from "@/lib/email/transport";

let openPayload: typeof import("./composed-email-payload").openPayload;
let sealPayload: typeof import("./composed-email-payload").sealPayload;

beforeAll(async () => {
  // A fixed secret, so the key comes from the environment and nothing is written to DATA_DIR.
  vi.resetModules();
  vi.stubEnv("AUTH_SECRET", "k".repeat(43));
  ({ openPayload, sealPayload } = await import("./composed-email-payload"));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("what counts as an outage", () => {
  it("is a failure without an SMTP reply; the server's own 4xx and 5xx are not", () => {
    expect(isMailServerUnreachable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isMailServerUnreachable(Object.assign(new Error("Greeting never received"), { code: "ETIMEDOUT" }))).toBe(true);
    expect(isMailServerUnreachable(Object.assign(new Error("Mailbox busy"), { responseCode: 451 }))).toBe(false);
    expect(isMailServerUnreachable(Object.assign(new Error("No such user"), { responseCode: 550 }))).toBe(false);
  });

  it("retries after a quarter of the wait, between 1 and 15 minutes, with ±20% jitter", () => {
    expect(outageRetryDelaySeconds(0, () => 0.5)).toBe(60);
    expect(outageRetryDelaySeconds(20 * 60, () => 0.5)).toBe(300);
    expect(outageRetryDelaySeconds(24 * 60 * 60, () => 0.5)).toBe(900);
    expect(outageRetryDelaySeconds(24 * 60 * 60, () => 1)).toBe(1080);
    expect(outageRetryDelaySeconds(0, () => 0)).toBe(48);
  });
});

describe("SMTP_URL → pool options", () => {
  it("takes host, port, TLS and credentials from the URL and bounds every step by default", () => {
    expect(smtpPoolOptions("smtps://user%40x.test:p%3Ass@smtp.example.com")).toMatchObject({
      host: "smtp.example.com",
      port: 465,
      secure: true,
      auth: { user: "user@x.test", pass: "p:ss" },
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      sendTimeout: 60_000,
    });
    expect(smtpPoolOptions("smtp://127.0.0.1:2525")).toMatchObject({ port: 2525, secure: false, auth: undefined });
  });

  it("lets the query override a timeout", () => {
    expect(smtpPoolOptions("smtp://mail.test:587?greetingTimeout=2500&ignoreTLS=true")).toMatchObject({ greetingTimeout: 2500, ignoreTLS: true, connectionTimeout: 10_000 });
  });
});

describe("a composed email at rest", () => {
  const message = { to: "ana@example.test", subject: "Sign in to Stepwise", text: "https://x.test/auth/magic?token=SECRET123", html: "<p>SECRET123</p>" };

  it("round-trips, and the stored form does not reveal the link", () => {
    const sealed = sealPayload(message);
    expect(sealed).not.toContain("SECRET123");
    expect(Buffer.from(sealed.split(".")[3] ?? "", "base64url").toString("latin1")).not.toContain("SECRET123");
    expect(openPayload(sealed)).toEqual(message);
    expect(sealPayload(message)).not.toBe(sealed);
  });

  it("keeps a binary attachment byte for byte", () => {
    const bytes = Buffer.from([0, 255, 10, 13, 128]);
    const opened = openPayload(sealPayload({ ...message, attachments: [{ filename: "x.bin", content: bytes, contentType: "application/octet-stream" }] }));
    expect(opened.attachments?.[0]?.content).toEqual(bytes);
  });

  it("refuses a payload that was altered", () => {
    const [version, iv, tag, body] = sealPayload(message).split(".");
    const flipped = Buffer.from(body ?? "", "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => openPayload([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow();
  });
});
