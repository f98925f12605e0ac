import { describe, expect, it } from "vitest";
import { InvalidEmailError, parseEmailMessage, type EmailMessage } from "./email-message";

const valid: EmailMessage = {
  to: "ada@example.com",
  subject: "Hello ✅",
  text: "Hello",
  html: "<p>Hello</p>",
};

function issuesOf(message: unknown): string[] {
  try {
    parseEmailMessage(message);
  } catch (error) {
    if (error instanceof InvalidEmailError) return error.issues;
    throw error;
  }
  throw new Error("expected InvalidEmailError");
}

describe("parseEmailMessage", () => {
  it("accepts a well-formed message with headers and attachments", () => {
    const message: EmailMessage = {
      ...valid,
      headers: { "List-Unsubscribe": "<https://example.com/u/1>", "X-Stepwise-Kind": "reminder" },
      attachments: [
        { filename: "invite.ics", content: "BEGIN:VCALENDAR", contentType: "text/calendar; method=REQUEST; charset=utf-8" },
        { filename: "a.bin", content: Buffer.from([0, 1, 2]), contentType: "application/octet-stream" },
      ],
    };
    expect(parseEmailMessage(message)).toEqual(message);
  });

  it.each([
    ["two recipients", "a@example.com, b@example.com"],
    ["a display name", "Ada <ada@example.com>"],
    ["a header injection", "ada@example.com\r\nBcc: x@y.com"],
    ["no address", ""],
    ["not an address", "ada"],
  ])("rejects a recipient with %s", (_label, to) => {
    expect(issuesOf({ ...valid, to })).toEqual([expect.stringMatching(/^to: must be exactly one email address/)]);
  });

  it.each(["Hi\r\nBcc: x@y.com", "Hi\nBcc: x@y.com", "Hi\rthere", "nul\u0000"])("rejects a subject with line breaks or controls: %j", (subject) => {
    expect(issuesOf({ ...valid, subject })).toEqual([expect.stringMatching(/^subject: /)]);
  });

  it("rejects a header value with a line break", () => {
    expect(issuesOf({ ...valid, headers: { "X-Test": "ok\r\nBcc: x@y.com" } })[0]).toMatch(/^headers\.X-Test: /);
  });

  it.each(["Bcc", "to", "From", "Content-Type", "Subject", "Message-ID"])("refuses to let a custom header override %s", (name) => {
    expect(issuesOf({ ...valid, headers: { [name]: "v" } })).toEqual([`headers.${name}: is set by the mailer and cannot be overridden`]);
  });

  it.each(["X Bad", "X-Bad:", "X-Bad\r\nBcc", "", "-X"])("rejects the malformed header name %j", (name) => {
    expect(issuesOf({ ...valid, headers: { [name]: "v" } })).toEqual([`headers.${name}: must be a header name of letters, digits and dashes`]);
  });

  it("requires both a text and an HTML part and a subject", () => {
    expect(issuesOf({ ...valid, text: "", html: "", subject: "" })).toHaveLength(3);
  });

  it("rejects attachment names and types that could break the MIME structure", () => {
    expect(issuesOf({ ...valid, attachments: [{ filename: "a\r\n.ics", content: "x", contentType: "text/plain" }] })[0]).toMatch(/^attachments\.0\.filename/);
    expect(issuesOf({ ...valid, attachments: [{ filename: "../etc/passwd", content: "x", contentType: "text/plain" }] })).toHaveLength(1);
    expect(issuesOf({ ...valid, attachments: [{ filename: "a.ics", content: "x", contentType: "text/plain\r\nBcc: x@y" }] })[0]).toMatch(/^attachments\.0\.contentType/);
  });

  it("never puts the rejected value in the error message", () => {
    const error = (() => {
      try {
        parseEmailMessage({ ...valid, to: "secret-person@example.com, other@example.com" });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).not.toContain("secret-person");
  });
});
