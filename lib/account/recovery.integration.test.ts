import { describe, expect, it } from "vitest";
import { requestPasswordReset, resetPassword, inspectPasswordResetLink } from "./password-reset";
import { authenticateWithMagicLink, requestMagicLink } from "./magic-link";
import { authenticateWithPassword } from "./password-sign-in";
import { hashPassword } from "@/lib/auth/password";
import { loadSessionUser } from "@/lib/auth/session-user";
import { issueAuthToken } from "@/lib/auth/tokens";
import { setupAccountHarness, uniqueEmail, uniqueIp } from "@/test/integration/account-harness";
import { createTestUser } from "@/test/integration/database";
import { linkIn, tokenFrom } from "@/test/integration/mail-capture";

const { db, mail } = setupAccountHarness();
const oldPassword = "the old long password";
const newPassword = "a brand new passphrase";

async function verifiedUser(overrides: { emailVerifiedAt?: Date | null } = {}) {
  return createTestUser(db.prisma, {
    email: uniqueEmail("member"),
    passwordHash: await hashPassword(oldPassword),
    emailVerifiedAt: new Date(),
    ...overrides,
  });
}

describe("password reset", () => {
  it("answers the same for unknown addresses and sends nothing", async () => {
    const email = uniqueEmail("ghost");
    expect(await requestPasswordReset(email, uniqueIp())).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mail().to(email)).toHaveLength(0);
  });

  it("resets the password once, ends every session and kills older links", async () => {
    const user = await verifiedUser();
    const magicToken = await issueAuthToken(db.prisma, user.id, "MAGIC_LINK");
    expect(await requestPasswordReset(user.email, uniqueIp())).toEqual({ ok: true });
    const link = linkIn((await mail().waitFor(user.email, "Reset your Stepwise password")).text, "/auth/reset?token=");
    const token = tokenFrom(link);
    expect(await loadSessionUser(user.id, 0)).not.toBeNull();

    expect(await resetPassword(token, newPassword)).toBe(true);

    expect(await loadSessionUser(user.id, 0)).toBeNull();
    expect(await loadSessionUser(user.id, 1)).toMatchObject({ id: user.id });
    expect((await authenticateWithPassword({ email: user.email, password: oldPassword }, uniqueIp())).ok).toBe(false);
    expect((await authenticateWithPassword({ email: user.email, password: newPassword }, uniqueIp())).ok).toBe(true);
    expect(await resetPassword(token, "yet another passphrase")).toBe(false);
    expect(await inspectPasswordResetLink(token)).toEqual({ state: "invalid" });
    expect(await authenticateWithMagicLink(magicToken)).toBeNull();
    await mail().waitFor(user.email, "password was changed");
  });

  it("refuses an expired link", async () => {
    const user = await verifiedUser();
    const token = await issueAuthToken(db.prisma, user.id, "PASSWORD_RESET", new Date(Date.now() - 31 * 60_000));
    expect(await inspectPasswordResetLink(token)).toEqual({ state: "invalid" });
    expect(await resetPassword(token, newPassword)).toBe(false);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("limits reset emails per address", async () => {
    const user = await verifiedUser();
    const results = [];
    for (let attempt = 0; attempt < 6; attempt += 1) results.push(await requestPasswordReset(user.email, uniqueIp()));
    expect(results.slice(0, 5).every((result) => result.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await db.prisma.authToken.count({ where: { userId: user.id, purpose: "PASSWORD_RESET" } })).toBe(5);
  });
});

describe("magic link", () => {
  it("signs in once and verifies the email", async () => {
    const user = await verifiedUser({ emailVerifiedAt: null });
    expect(await requestMagicLink(user.email, uniqueIp())).toEqual({ ok: true });
    const token = tokenFrom(linkIn((await mail().waitFor(user.email, "Your Stepwise sign-in link")).text, "/auth/magic?token="));

    expect(await authenticateWithMagicLink(token)).toEqual({ id: user.id, email: user.email, name: user.name, sessionVersion: 0 });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await authenticateWithMagicLink(token)).toBeNull();
  });

  it("lets exactly one of two simultaneous uses through", async () => {
    const user = await verifiedUser();
    const token = await issueAuthToken(db.prisma, user.id, "MAGIC_LINK");
    const results = await Promise.all(Array.from({ length: 5 }, () => authenticateWithMagicLink(token)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("expires after 15 minutes and cannot be used as a reset token", async () => {
    const user = await verifiedUser();
    const expired = await issueAuthToken(db.prisma, user.id, "MAGIC_LINK", new Date(Date.now() - 16 * 60_000));
    expect(await authenticateWithMagicLink(expired)).toBeNull();
    const magic = await issueAuthToken(db.prisma, user.id, "MAGIC_LINK");
    expect(await resetPassword(magic, newPassword)).toBe(false);
    expect(await authenticateWithMagicLink(magic)).not.toBeNull();
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const email = uniqueEmail("ghost");
    expect(await requestMagicLink(email, uniqueIp())).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mail().to(email)).toHaveLength(0);
  });
});
