import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { readOidcClaims, UNVERIFIED_EMAIL_MESSAGE } from "./oidc-claims";

const issuer = "https://id.example.com/realms/work";

function refusal(profile: unknown, from = issuer): unknown {
  try {
    readOidcClaims(from, profile);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("readOidcClaims", () => {
  it("takes the subject, a lower-cased verified email and the name", () => {
    expect(readOidcClaims(issuer, { sub: "u-1", email: " Ada@Example.com ", email_verified: true, name: "Ada Lovelace" })).toEqual({ issuer, subject: "u-1", email: "ada@example.com", name: "Ada Lovelace" });
  });

  it("falls back to the given name, then the address, and removes what a name may not hold", () => {
    expect(readOidcClaims(issuer, { sub: "u-1", email: "ada@example.com", email_verified: true, given_name: "Ada" }).name).toBe("Ada");
    expect(readOidcClaims(issuer, { sub: "u-1", email: "ada@example.com", email_verified: true }).name).toBe("ada");
    expect(readOidcClaims(issuer, { sub: "u-1", email: "ada@example.com", email_verified: true, name: "Ada <b>\nL" }).name).toBe("Ada b L");
  });

  it.each([
    ["email_verified false", { sub: "u-1", email: "ada@example.com", email_verified: false }],
    ["email_verified the string true", { sub: "u-1", email: "ada@example.com", email_verified: "true" }],
    ["no email_verified", { sub: "u-1", email: "ada@example.com" }],
    ["no email", { sub: "u-1", email_verified: true }],
    ["not an email", { sub: "u-1", email: "ada", email_verified: true }],
    ["no subject", { email: "ada@example.com", email_verified: true }],
    ["no profile", undefined],
  ])("refuses %s", (_case, profile) => {
    const error = refusal(profile);
    expect(isAppError(error, "INVALID_INPUT")).toBe(true);
    expect((error as Error).message).toBe(UNVERIFIED_EMAIL_MESSAGE);
  });

  it("refuses claims without an issuer", () => {
    expect(isAppError(refusal({ sub: "u-1", email: "ada@example.com", email_verified: true }, ""))).toBe(true);
  });
});
