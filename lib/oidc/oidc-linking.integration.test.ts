import { afterEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { authenticateWithMagicLink } from "@/lib/account/magic-link";
import { resetEnvCache } from "@/lib/config/env";
import { isAppError } from "@/lib/errors";
import { setupAccountHarness, uniqueEmail, uniqueIp } from "@/test/integration/account-harness";
import { createTestUser } from "@/test/integration/database";
import { linkIn, tokenFrom } from "@/test/integration/mail-capture";
import type { OidcClaims } from "./oidc-claims";
import { findOidcUser, signInWithOidc } from "./sign-in-with-oidc";
import { confirmPendingLinkByEmail, confirmPendingLinkWithPassword, emailPendingLink, EXPIRED_LINK_MESSAGE, inspectEmailedPendingLink, inspectPendingLink, PENDING_LINK_MINUTES } from "./pending-link";
import { listLinkedIdentities, unlinkIdentity } from "./linked-identities";

const { db, mail } = setupAccountHarness();
const issuer = "https://id.example.test/realms/work";
const password = "correct horse battery staple";
let subjects = 0;

function claimsFor(email: string, overrides: Partial<OidcClaims> = {}): OidcClaims {
  subjects += 1;
  return { issuer, subject: `subject-${Date.now()}-${subjects}`, email, name: "Ada Lovelace", ...overrides };
}

async function passwordUser(overrides: { emailVerifiedAt?: Date | null } = {}) {
  return createTestUser(db.prisma, { email: uniqueEmail("member"), passwordHash: await hashPassword(password), emailVerifiedAt: new Date(), ...overrides });
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function pendingToken(claims: OidcClaims, now?: Date): Promise<string> {
  const outcome = await signInWithOidc(claims, now);
  if (outcome.outcome !== "confirm-link") throw new Error(`expected a pending link, got ${outcome.outcome}`);
  return outcome.token;
}

afterEach(() => {
  delete process.env.PASSWORD_SIGN_IN;
  resetEnvCache();
});

describe("signInWithOidc", () => {
  it("creates a verified account with the identity for a new person, then signs the same account in", async () => {
    const claims = claimsFor(uniqueEmail("new"));
    const first = await signInWithOidc(claims);
    expect(first.outcome).toBe("signed-in");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: claims.email }, include: { oidcIdentities: true } });
    expect(user).toMatchObject({ name: "Ada Lovelace", passwordHash: null, timeZone: "UTC" });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.oidcIdentities).toMatchObject([{ issuer, subject: claims.subject, email: claims.email }]);
    if (first.outcome === "signed-in") expect(first.userId).toBe(user.id);

    expect(await signInWithOidc(claims)).toEqual({ outcome: "signed-in", userId: user.id });
    expect(await findOidcUser(issuer, claims.subject)).toEqual({ id: user.id, sessionVersion: 0 });
    expect(await db.prisma.user.count({ where: { email: claims.email } })).toBe(1);
  });

  it("starts a new account in the browser's zone when the sign-in form sent one", async () => {
    const claims = claimsFor(uniqueEmail("zoned"));
    await signInWithOidc(claims, new Date(), "America/Sao_Paulo");
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: claims.email }, select: { timeZone: true } })).toEqual({ timeZone: "America/Sao_Paulo" });
  });

  it("never signs in to an existing account with the same email: it asks for confirmation and links nothing", async () => {
    const user = await passwordUser();
    const token = await pendingToken(claimsFor(user.email));
    expect(await db.prisma.oidcIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect(await inspectPendingLink(token)).toEqual({ email: user.email, canConfirmWithPassword: true });
    const stored = await db.prisma.oidcPendingLink.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(token);
  });

  it("tells identities apart by issuer and subject, not by email", async () => {
    const claims = claimsFor(uniqueEmail("two-issuers"));
    await signInWithOidc(claims);
    const other = await signInWithOidc({ ...claims, issuer: "https://other.example.test" });
    expect(other.outcome).toBe("confirm-link");
    expect(await findOidcUser("https://other.example.test", claims.subject)).toBeNull();
  });
});

describe("confirming a link with the password", () => {
  it("refuses a wrong password, links with the right one, and is single use", async () => {
    const user = await passwordUser();
    const claims = claimsFor(user.email);
    const token = await pendingToken(claims);

    const wrong = await refusal(confirmPendingLinkWithPassword(token, "not the password", uniqueIp()));
    expect(isAppError(wrong, "INVALID_INPUT") && wrong.field).toBe("password");
    expect(await db.prisma.oidcIdentity.count({ where: { userId: user.id } })).toBe(0);

    const signInToken = await confirmPendingLinkWithPassword(token, password, uniqueIp());
    expect(await authenticateWithMagicLink(signInToken)).toMatchObject({ id: user.id });
    expect(await findOidcUser(issuer, claims.subject)).toEqual({ id: user.id, sessionVersion: 0 });
    expect(await signInWithOidc(claims)).toEqual({ outcome: "signed-in", userId: user.id });

    const again = await refusal(confirmPendingLinkWithPassword(token, password, uniqueIp()));
    expect(isAppError(again, "CONFLICT") && again.message).toBe(EXPIRED_LINK_MESSAGE);
    expect(await inspectPendingLink(token)).toBeNull();
  });

  it("refuses an expired link", async () => {
    const user = await passwordUser();
    const token = await pendingToken(claimsFor(user.email), new Date(Date.now() - (PENDING_LINK_MINUTES + 1) * 60_000));
    expect(await inspectPendingLink(token)).toBeNull();
    expect(isAppError(await refusal(confirmPendingLinkWithPassword(token, password, uniqueIp())), "CONFLICT")).toBe(true);
    expect(await db.prisma.oidcIdentity.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a guessed token", async () => {
    expect(await inspectPendingLink("x".repeat(43))).toBeNull();
    expect(isAppError(await refusal(confirmPendingLinkWithPassword("x".repeat(43), password, uniqueIp())), "CONFLICT")).toBe(true);
  });

  it("is rate-limited like password sign-in, even for the right password", async () => {
    const user = await passwordUser();
    const token = await pendingToken(claimsFor(user.email));
    for (let attempt = 0; attempt < 10; attempt += 1) await refusal(confirmPendingLinkWithPassword(token, `guess ${attempt}`, uniqueIp()));
    const locked = await refusal(confirmPendingLinkWithPassword(token, password, uniqueIp()));
    expect(isAppError(locked, "LIMIT_REACHED") && locked.message).toMatch(/^Too many attempts/);
    expect(await db.prisma.oidcIdentity.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is not offered for an unverified account, nor when the operator turned password sign-in off", async () => {
    const unverified = await passwordUser({ emailVerifiedAt: null });
    const token = await pendingToken(claimsFor(unverified.email));
    expect(await inspectPendingLink(token)).toEqual({ email: unverified.email, canConfirmWithPassword: false });
    expect(isAppError(await refusal(confirmPendingLinkWithPassword(token, password, uniqueIp())), "INVALID_INPUT")).toBe(true);

    const verified = await passwordUser();
    const otherToken = await pendingToken(claimsFor(verified.email));
    process.env.PASSWORD_SIGN_IN = "off";
    Object.assign(process.env, { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: "stepwise", OIDC_CLIENT_SECRET: "secret", OIDC_DISPLAY_NAME: "Work" });
    resetEnvCache();
    try {
      expect(await inspectPendingLink(otherToken)).toEqual({ email: verified.email, canConfirmWithPassword: false });
      expect(isAppError(await refusal(confirmPendingLinkWithPassword(otherToken, password, uniqueIp())), "INVALID_INPUT")).toBe(true);
    } finally {
      for (const name of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME"]) delete process.env[name];
    }
    expect(await db.prisma.oidcIdentity.count({ where: { userId: { in: [unverified.id, verified.id] } } })).toBe(0);
  });
});

describe("confirming a link by email", () => {
  it("emails the account's address a link that links once and signs in", async () => {
    const user = await passwordUser();
    const claims = claimsFor(user.email);
    const token = await pendingToken(claims);
    await emailPendingLink(token, uniqueIp(), "Work SSO");
    const email = await mail().waitFor(user.email, "Link your Work SSO sign-in to Stepwise");
    const emailToken = tokenFrom(linkIn(email.text, "/sign-in/link-account/email?token="));
    expect(await inspectEmailedPendingLink(emailToken)).toEqual({ email: user.email });
    // The page's token is not the emailed one.
    expect(await inspectEmailedPendingLink(token)).toBeNull();

    const signInToken = await confirmPendingLinkByEmail(emailToken);
    expect(await authenticateWithMagicLink(signInToken)).toMatchObject({ id: user.id });
    expect(await findOidcUser(issuer, claims.subject)).toMatchObject({ id: user.id });
    expect(isAppError(await refusal(confirmPendingLinkByEmail(emailToken)), "CONFLICT")).toBe(true);
    // The password confirmation of the same pending link is spent too.
    expect(isAppError(await refusal(confirmPendingLinkWithPassword(token, password, uniqueIp())), "CONFLICT")).toBe(true);
  });

  it("on an account whose address was never verified, verifies it and drops the unproven password", async () => {
    const user = await passwordUser({ emailVerifiedAt: null });
    const token = await pendingToken(claimsFor(user.email));
    await emailPendingLink(token, uniqueIp(), "Work SSO");
    const emailToken = tokenFrom(linkIn((await mail().waitFor(user.email, "Link your Work SSO sign-in")).text, "/sign-in/link-account/email?token="));
    await confirmPendingLinkByEmail(emailToken);
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(1);
  });

  it("refuses to email for an expired link", async () => {
    const user = await passwordUser();
    const token = await pendingToken(claimsFor(user.email), new Date(Date.now() - (PENDING_LINK_MINUTES + 1) * 60_000));
    expect(isAppError(await refusal(emailPendingLink(token, uniqueIp(), "Work SSO")), "CONFLICT")).toBe(true);
  });
});

describe("linked identities in settings", () => {
  it("lists only the user's own identities and unlinks them; another user's id is not found", async () => {
    const owner = await passwordUser();
    const claims = claimsFor(owner.email);
    await confirmPendingLinkWithPassword(await pendingToken(claims), password, uniqueIp());
    const stranger = await passwordUser();

    const [identity] = await listLinkedIdentities(owner);
    expect(identity).toMatchObject({ email: owner.email });
    expect(await listLinkedIdentities(stranger)).toEqual([]);

    expect(isAppError(await refusal(unlinkIdentity(stranger, identity!.id)), "NOT_FOUND")).toBe(true);
    expect(await listLinkedIdentities(owner)).toHaveLength(1);

    await unlinkIdentity(owner, identity!.id);
    expect(await listLinkedIdentities(owner)).toEqual([]);
    // Signing in with the provider again asks for confirmation again.
    expect((await signInWithOidc(claims)).outcome).toBe("confirm-link");
  });

  it("go with the account when it is deleted", async () => {
    const claims = claimsFor(uniqueEmail("deleted"));
    const outcome = await signInWithOidc(claims);
    if (outcome.outcome !== "signed-in") throw new Error("expected a new account");
    await db.prisma.user.delete({ where: { id: outcome.userId } });
    expect(await findOidcUser(issuer, claims.subject)).toBeNull();
  });
});
