import { describe, expect, it } from "vitest";
import { signUp } from "./sign-up";
import { confirmEmail, confirmEmailAddress, confirmEmailAndAuthenticate, inspectVerificationLink } from "./verify-email";
import { signedUpHereProof } from "./signed-up-here";
import { authenticateWithMagicLink } from "./magic-link";
import { inviteBuddy, revokeInvite } from "@/lib/buddies/invite-buddy";
import { previewInvite } from "@/lib/buddies/invite-queries";
import { createSessionUser } from "@/test/integration/session-users";
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
    const results = await Promise.all([signUp({ name: "One", email, password, timeZone: "UTC" }, uniqueIp()), signUp({ name: "Two", email, password, timeZone: "UTC" }, uniqueIp())]);
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

  it("confirming the email also signs in, once: the link is single-use", async () => {
    const email = uniqueEmail("confirm-sign-in");
    await signUp({ name: "Katherine", email, password, timeZone: "UTC" }, uniqueIp());
    const token = tokenFrom(linkIn((await mail().waitFor(email, "Confirm your email")).text, "/auth/verify"));

    const user = await confirmEmailAndAuthenticate(token);
    expect(user).toMatchObject({ email, name: "Katherine", sessionVersion: expect.any(Number) });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmailAndAuthenticate(token)).toBeNull();
    expect(await confirmEmailAndAuthenticate("x".repeat(43))).toBeNull();
  });

  it("confirming signs in only the browser that signed up: elsewhere it confirms and sends the person to sign in", async () => {
    const here = uniqueEmail("signed-up-here");
    await signUp({ name: "Here", email: here, password, timeZone: "UTC" }, uniqueIp());
    const hereToken = tokenFrom(linkIn((await mail().waitFor(here, "Confirm your email")).text, "/auth/verify"));
    const signedIn = await confirmEmail(hereToken, signedUpHereProof(here));
    expect(signedIn.status).toBe("sign-in");
    expect(await authenticateWithMagicLink((signedIn as { signInToken: string }).signInToken)).toMatchObject({ email: here });

    // Someone else signed up with this address; its owner opens the link in their own browser.
    const elsewhere = uniqueEmail("signed-up-elsewhere");
    await signUp({ name: "Stranger", email: elsewhere, password, timeZone: "UTC" }, uniqueIp());
    const elsewhereToken = tokenFrom(linkIn((await mail().waitFor(elsewhere, "Confirm your email")).text, "/auth/verify"));
    expect(await confirmEmail(elsewhereToken, signedUpHereProof(here))).toEqual({ status: "confirmed" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: elsewhere } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmail(elsewhereToken, undefined)).toEqual({ status: "invalid" });
  });
});

describe("signUp from a buddy invitation", () => {
  async function invitationFor(email: string) {
    const inviter = await createSessionUser(db.prisma, { name: "Ada" });
    const result = await inviteBuddy(inviter, { email, message: "" });
    if (!result.ok) throw new Error(`invite refused: ${result.reason}`);
    const received = await mail().waitFor(email, "invited you to be their Stepwise buddy");
    const token = new URL(linkIn(received.text, "/invites/")).pathname.split("/").at(-1) as string;
    return { inviter, inviteId: result.inviteId, token, next: `/invites/${token}` };
  }

  it("creates a verified account for the invited address and signs it in with a one-time token; the invitation stays to answer", async () => {
    const email = uniqueEmail("invited");
    const { token, next } = await invitationFor(email);
    const result = await signUp({ name: "Grace", email, password, timeZone: "UTC" }, uniqueIp(), { next });

    expect(result).toEqual({ ok: true, signInToken: expect.any(String) });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    // The sign-in token is stored hashed, lives like a magic link, and works once.
    const signInToken = result.ok ? (result.signInToken as string) : "";
    const stored = await db.prisma.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(signInToken) } });
    expect(stored).toMatchObject({ userId: user.id, purpose: "MAGIC_LINK", consumedAt: null });
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(await authenticateWithMagicLink(signInToken)).toMatchObject({ id: user.id });
    expect(await authenticateWithMagicLink(signInToken)).toBeNull();
    // No confirmation email, and the invitation is still pending for its own Accept.
    expect(mail().messages.filter((message) => message.to === email && message.subject.includes("Confirm your email"))).toEqual([]);
    expect(await previewInvite(token)).toMatchObject({ state: "pending" });
  });

  it("asks for confirmation as usual when the address is not the invited one", async () => {
    const { next } = await invitationFor(uniqueEmail("invited"));
    const other = uniqueEmail("other");
    expect(await signUp({ name: "Mallory", email: other, password, timeZone: "UTC" }, uniqueIp(), { next })).toEqual({ ok: true });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: other } })).emailVerifiedAt).toBeNull();
    await mail().waitFor(other, "Confirm your email");
  });

  it("asks for confirmation as usual when the invitation was withdrawn", async () => {
    const email = uniqueEmail("withdrawn");
    const { inviter, inviteId, next } = await invitationFor(email);
    await revokeInvite(inviter, inviteId);
    expect(await signUp({ name: "Grace", email, password, timeZone: "UTC" }, uniqueIp(), { next })).toEqual({ ok: true });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("gives a taken address the usual answer, never a sign-in", async () => {
    const email = uniqueEmail("taken-invited");
    await signUp({ name: "Owner", email, password, timeZone: "UTC" }, uniqueIp());
    const { next } = await invitationFor(email);
    expect(await signUp({ name: "Impostor", email, password: "another long passphrase", timeZone: "UTC" }, uniqueIp(), { next })).toEqual({ ok: true });
    await mail().waitFor(email, "Someone tried to sign up");
  });
});
