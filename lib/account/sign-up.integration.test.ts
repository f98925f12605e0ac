import { describe, expect, it } from "vitest";
import { signUp } from "./sign-up";
import { confirmEmailAddress, inspectVerificationLink } from "./verify-email";
import { hashToken } from "@/lib/auth/tokens";
import { setupAccountHarness, uniqueEmail, uniqueIp, TEST_APP_URL } from "@/test/integration/account-harness";
import { linkIn, tokenFrom } from "@/test/integration/mail-capture";

const { db, mail } = setupAccountHarness();
const password = "a long and unusual passphrase";

describe("signUp", () => {
  it("creates an unverified account with a hashed password and emails a confirmation link", async () => {
    const email = uniqueEmail("new");
    expect(await signUp({ name: "Grace Hopper", email, password, timeZone: "Europe/London" }, uniqueIp())).toEqual({ ok: true });

    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Grace Hopper", timeZone: "Europe/London", emailVerifiedAt: null });
    expect(user.passwordHash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(user.passwordHash).not.toContain(password);

    const message = await mail().waitFor(email, "Confirm your email");
    const link = linkIn(message.text, "/auth/verify?token=");
    expect(link.startsWith(`${TEST_APP_URL}/auth/verify?token=`)).toBe(true);
    const token = tokenFrom(link);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    // Only the hash is stored.
    const stored = await db.prisma.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
  });

  it("verifies the email once; the link cannot be reused", async () => {
    const email = uniqueEmail("verify");
    await signUp({ name: "Alan", email, password, timeZone: "UTC" }, uniqueIp());
    const token = tokenFrom(linkIn((await mail().waitFor(email, "Confirm your email")).text, "/auth/verify"));

    expect(await inspectVerificationLink(token)).toMatchObject({ state: "valid", email });
    expect(await confirmEmailAddress(token)).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmailAddress(token)).toBe(false);
    expect(await inspectVerificationLink(token)).toEqual({ state: "invalid" });
  });

  it("answers the same for an address that already has an account, and tells its owner instead", async () => {
    const email = uniqueEmail("taken");
    await signUp({ name: "Owner", email, password, timeZone: "UTC" }, uniqueIp());
    const before = await db.prisma.user.findUniqueOrThrow({ where: { email } });

    const again = await signUp({ name: "Impostor", email: email, password: "another long passphrase", timeZone: "UTC" }, uniqueIp());
    expect(again).toEqual({ ok: true });

    const after = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.name).toBe("Owner");
    const notice = await mail().waitFor(email, "Someone tried to sign up");
    expect(notice.text).toContain("Owner");
    expect(await db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it("creates one account when the same address signs up twice at once", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.all([
      signUp({ name: "One", email, password, timeZone: "UTC" }, uniqueIp()),
      signUp({ name: "Two", email, password, timeZone: "UTC" }, uniqueIp()),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it("limits sign-ups per client address", async () => {
    const context = uniqueIp();
    const outcomes = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      outcomes.push(await signUp({ name: "Bot", email: uniqueEmail("bot"), password, timeZone: "UTC" }, context));
    }
    expect(outcomes.slice(0, 10).every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes[10]).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await db.prisma.user.count({ where: { name: "Bot" } })).toBe(10);
  });
});
