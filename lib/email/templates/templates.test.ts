import { describe, expect, it } from "vitest";
import type { EmailContent } from "./email-content";
import { magicLinkMessage } from "./magic-link";
import { oidcLinkMessage } from "./oidc-link";
import { passwordChangedMessage } from "./password-changed";
import { passwordResetMessage } from "./password-reset";
import { signUpAttemptMessage } from "./sign-up-attempt";
import { verifyEmailMessage } from "./verify-email";
import { formatDuration, greeting } from "./wording";

const hostileName = `<script>alert("hi")</script>`;
const url = "https://stepwise.example.com/auth/token?t=a1b2c3&email=ada%40example.com";
const resetUrl = "https://stepwise.example.com/reset-password?t=zz9";

function expectNameEscaped(message: EmailContent): void {
  expect(message.html).not.toContain("<script>");
  expect(message.html).toContain("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;");
  // Plain text is not HTML: the name appears as typed.
  expect(message.text).toContain(hostileName);
}

function expectUrlOnItsOwnLine(message: EmailContent, expected: string): void {
  expect(message.text.split("\n")).toContain(expected);
  expect(message.html).toContain(`href="${expected.replaceAll("&", "&amp;")}"`);
}

describe("email templates", () => {
  it.each<[string, EmailContent, string, string | null]>([
    ["verifyEmailMessage", verifyEmailMessage({ name: hostileName, url }), "Confirm your email for Stepwise", null],
    ["magicLinkMessage", magicLinkMessage({ name: hostileName, url, expiresInMinutes: 15 }), "Your Stepwise sign-in link", "15 minutes"],
    ["passwordResetMessage", passwordResetMessage({ name: hostileName, url, expiresInMinutes: 60 }), "Reset your Stepwise password", "1 hour"],
  ])("%s: its subject, the link on its own line, the name escaped, how long the link lasts", (_template, message, subject, lifetime) => {
    expect(message.subject).toBe(subject);
    expectUrlOnItsOwnLine(message, url);
    expectNameEscaped(message);
    if (lifetime) expect(message.text).toContain(lifetime);
  });

  it("oidcLinkMessage names the provider and the address it vouched for", () => {
    const message = oidcLinkMessage({ name: hostileName, providerName: "Keycloak", providerEmail: "ada@example.com", url, expiresInMinutes: 15 });
    expect(message.subject).toBe("Link your Keycloak sign-in to Stepwise");
    expectUrlOnItsOwnLine(message, url);
    expectNameEscaped(message);
    expect(message.text).toContain("Someone signed in with Keycloak as ada@example.com");
    expect(message.text).toContain("15 minutes");
  });

  it("signUpAttemptMessage carries both the sign-in and the reset link", () => {
    const message = signUpAttemptMessage({ name: hostileName, signInUrl: url, resetUrl });
    expect(message.subject).toBe("Someone tried to sign up with your email");
    expectUrlOnItsOwnLine(message, url);
    expectUrlOnItsOwnLine(message, resetUrl);
    expectNameEscaped(message);
  });

  it("passwordChangedMessage", () => {
    const message = passwordChangedMessage({ name: hostileName });
    expect(message.subject).toBe("Your Stepwise password was changed");
    expectNameEscaped(message);
  });

  it("greets by name, or without one", () => {
    expect(greeting("  Ada ")).toBe("Hi Ada,");
    expect(greeting("")).toBe("Hi,");
    expect(verifyEmailMessage({ name: "", url }).text.split("\n")).toContain("Hi,");
  });

  it("formats expiry durations", () => {
    expect(formatDuration(1)).toBe("1 minute");
    expect(formatDuration(30)).toBe("30 minutes");
    expect(formatDuration(60)).toBe("1 hour");
    expect(formatDuration(1440)).toBe("24 hours");
    expect(formatDuration(90)).toBe("90 minutes");
  });
});
