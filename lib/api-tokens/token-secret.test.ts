import { describe, expect, it } from "vitest";
import { apiTokenHashMatches, generateApiTokenSecret, hashApiToken, looksLikeApiToken } from "./token-secret";
import { bearerTokenOf } from "./authenticate-api-token";

describe("personal access token secrets", () => {
  it("are stw_ plus 256 random bits, stored as sha256 with a short display prefix", () => {
    const { token, tokenHash, prefix } = generateApiTokenSecret();
    expect(token).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashApiToken(token));
    expect(prefix).toBe(token.slice(0, 10));
    expect(generateApiTokenSecret().token).not.toBe(token);
  });

  it("match only their own hash", () => {
    const { token, tokenHash } = generateApiTokenSecret();
    expect(apiTokenHashMatches(token, tokenHash)).toBe(true);
    expect(apiTokenHashMatches(generateApiTokenSecret().token, tokenHash)).toBe(false);
    expect(apiTokenHashMatches(token, "abcd")).toBe(false);
  });

  it("are recognised by shape before any lookup", () => {
    expect(looksLikeApiToken(generateApiTokenSecret().token)).toBe(true);
    for (const value of ["", "stw_", `stw_${"a".repeat(42)}`, `stw_${"a".repeat(44)}`, `pat_${"a".repeat(43)}`, `stw_${"a".repeat(42)}!`]) expect(looksLikeApiToken(value)).toBe(false);
  });

  it("are read from a Bearer authorization header only", () => {
    expect(bearerTokenOf("Bearer stw_abc")).toBe("stw_abc");
    expect(bearerTokenOf("bearer   stw_abc ")).toBe("stw_abc");
    expect(bearerTokenOf("Basic c3R3X2FiYw==")).toBeNull();
    expect(bearerTokenOf("Bearer")).toBeNull();
    expect(bearerTokenOf("Bearer a b")).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });
});
