import { describe, expect, it } from "vitest";
import { encodeSignInRefusal, parseSignInRefusal } from "./sign-in-refusal";

describe("sign-in refusal codes", () => {
  it("round-trips a reason and a retry delay", () => {
    expect(parseSignInRefusal(encodeSignInRefusal("rate_limited", 120))).toEqual({ reason: "rate_limited", retryAfterSeconds: 120 });
    expect(parseSignInRefusal(encodeSignInRefusal("email_unverified"))).toEqual({ reason: "email_unverified", retryAfterSeconds: undefined });
  });

  it("treats anything unknown as invalid credentials", () => {
    expect(parseSignInRefusal(undefined).reason).toBe("invalid_credentials");
    expect(parseSignInRefusal("credentials").reason).toBe("invalid_credentials");
    expect(parseSignInRefusal("rate_limited:soon")).toEqual({ reason: "rate_limited", retryAfterSeconds: undefined });
  });
});
