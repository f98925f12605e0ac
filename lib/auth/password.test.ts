import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores scrypt with OWASP parameters and a random salt", async () => {
    const [first, second] = await Promise.all([hashPassword("a long passphrase"), hashPassword("a long passphrase")]);
    expect(first).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(first).not.toBe(second);
  });

  it("verifies the right password and rejects others", async () => {
    const stored = await hashPassword("a long passphrase");
    expect(await verifyPassword("a long passphrase", stored)).toBe(true);
    expect(await verifyPassword("a long passphrasE", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("treats equivalent Unicode spellings as the same password", async () => {
    const stored = await hashPassword("caf\u00e9 au lait please");
    expect(await verifyPassword("cafe\u0301 au lait please", stored)).toBe(true);
  });

  it("rejects malformed or tampered hashes instead of throwing", async () => {
    const stored = await hashPassword("a long passphrase");
    expect(await verifyPassword("a long passphrase", "")).toBe(false);
    expect(await verifyPassword("a long passphrase", "bcrypt$x")).toBe(false);
    const parts = stored.split("$");
    parts[5] = Buffer.alloc(64, 1).toString("base64");
    expect(await verifyPassword("a long passphrase", parts.join("$"))).toBe(false);
  });
});
