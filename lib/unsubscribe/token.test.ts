import { beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/config/env";
import { createUnsubscribeToken, readUnsubscribeToken } from "./token";

const USER = "3f2b8c1e-5d4a-4b7e-9c1d-2a3b4c5d6e7f";

describe("unsubscribe tokens", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET = "a-test-secret-that-is-long-enough-0123456789";
    resetEnvCache();
  });

  it("round-trips the user and category", () => {
    expect(readUnsubscribeToken(createUnsubscribeToken(USER, "deadline"))).toEqual({ userId: USER, category: "deadline" });
  });

  it("refuses a token moved to another category or user, or with a changed signature", () => {
    const [, , mac] = createUnsubscribeToken(USER, "deadline").split(".");
    expect(readUnsubscribeToken(`${USER}.overdue.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`4f2b8c1e-5d4a-4b7e-9c1d-2a3b4c5d6e7f.deadline.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`${USER}.deadline.${mac?.slice(0, -2)}`)).toBeNull();
    expect(readUnsubscribeToken(`${USER}.everything.${mac}`)).toBeNull();
    expect(readUnsubscribeToken("")).toBeNull();
    expect(readUnsubscribeToken(`${USER}.deadline.${mac}.extra`)).toBeNull();
  });

  it("accepts only the signature's own spelling: any other last character is refused, spare bits included", () => {
    const token = createUnsubscribeToken(USER, "deadline");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (const character of alphabet) {
      const altered = token.slice(0, -1) + character;
      expect(readUnsubscribeToken(altered), altered).toEqual(altered === token ? { userId: USER, category: "deadline" } : null);
    }
  });
});
