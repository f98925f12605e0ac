import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "./password-sign-in";
import { hashPassword } from "@/lib/auth/password";
import { setupAccountHarness, uniqueEmail, uniqueIp } from "@/test/integration/account-harness";
import { createTestUser } from "@/test/integration/database";

const { db, mail } = setupAccountHarness();
const password = "correct horse battery staple";

async function verifiedUser(email = uniqueEmail("member")) {
  return createTestUser(db.prisma, { email, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() });
}

describe("authenticateWithPassword", () => {
  it("signs in a verified user with the right password", async () => {
    const user = await verifiedUser();
    const result = await authenticateWithPassword({ email: user.email, password }, uniqueIp());
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0 } });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await verifiedUser();
    const wrongPassword = await authenticateWithPassword({ email: user.email, password: "not the password" }, uniqueIp());
    const unknownEmail = await authenticateWithPassword({ email: uniqueEmail("nobody"), password }, uniqueIp());
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("tells only someone with the right password that the email is unverified, and resends the link", async () => {
    const email = uniqueEmail("unverified");
    await createTestUser(db.prisma, { email, passwordHash: await hashPassword(password) });
    expect(await authenticateWithPassword({ email, password: "wrong password here" }, uniqueIp())).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await authenticateWithPassword({ email, password }, uniqueIp())).toEqual({ ok: false, reason: "email_unverified" });
    await mail().waitFor(email, "Confirm your email");
  });

  it("locks an email after 10 failed attempts, even for the right password, across client addresses", async () => {
    const user = await verifiedUser();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(await authenticateWithPassword({ email: user.email, password: `guess number ${attempt}` }, uniqueIp())).toMatchObject({ ok: false, reason: "invalid_credentials" });
    }
    const locked = await authenticateWithPassword({ email: user.email, password }, uniqueIp());
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!locked.ok && locked.reason === "rate_limited") expect(locked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("a successful sign-in resets the per-email count", async () => {
    const user = await verifiedUser();
    for (let attempt = 0; attempt < 9; attempt += 1) await authenticateWithPassword({ email: user.email, password: "wrong guess!" }, uniqueIp());
    expect((await authenticateWithPassword({ email: user.email, password }, uniqueIp())).ok).toBe(true);
    for (let attempt = 0; attempt < 9; attempt += 1) await authenticateWithPassword({ email: user.email, password: "wrong guess!" }, uniqueIp());
    expect((await authenticateWithPassword({ email: user.email, password }, uniqueIp())).ok).toBe(true);
  });
});
