import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const SECRET = "a".repeat(43);
type Reader = typeof import("./session-cookie").readSessionCookie;
let readSessionCookie: Reader;

/** The module as a server with this APP_URL (unset: http://localhost:3000) loads it. */
async function readerFor(appUrl: string | undefined): Promise<Reader> {
  vi.resetModules();
  vi.stubEnv("APP_URL", appUrl ?? "");
  return (await import("./session-cookie")).readSessionCookie;
}

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("DATA_DIR", mkdtempSync(path.join(os.tmpdir(), "session-cookie-")));
  readSessionCookie = await readerFor(undefined);
});

afterAll(() => {
  vi.unstubAllEnvs();
});

/** A cookie as next-auth writes it after sign-in (the jwt callback in lib/auth/config.ts). */
function cookieFor(claims: Record<string, unknown>, { name = "authjs.session-token", secret = SECRET, maxAge = 3600 } = {}) {
  return encode({ token: claims, secret, salt: name, maxAge });
}

const jar = (cookies: Record<string, string>) => ({ get: (name: string) => (name in cookies ? { value: cookies[name] as string } : undefined) });

describe("readSessionCookie", () => {
  it("reads the user id and session version from next-auth's cookie", async () => {
    const plain = await cookieFor({ sub: "user-1", sv: 3 });
    expect(await readSessionCookie(jar({ "authjs.session-token": plain }))).toEqual({ userId: "user-1", sessionVersion: 3 });
  });

  it("reads only the name next-auth writes for APP_URL: `__Secure-` on https, plain on http", async () => {
    const secure = await cookieFor({ sub: "user-2", sv: 0 }, { name: "__Secure-authjs.session-token" });
    const plain = await cookieFor({ sub: "user-2", sv: 0 });
    const onHttps = await readerFor("https://stepwise.example.com");
    expect(await onHttps(jar({ "__Secure-authjs.session-token": secure }))).toEqual({ userId: "user-2", sessionVersion: 0 });
    // On https a plain-named cookie may have been planted over http: it is not a session.
    expect(await onHttps(jar({ "authjs.session-token": plain }))).toBeNull();
    expect(await readSessionCookie(jar({ "__Secure-authjs.session-token": secure }))).toBeNull();
  });

  it("is null without a cookie, or for one that is tampered, expired, under another secret or another cookie's name", async () => {
    const valid = await cookieFor({ sub: "user-1", sv: 3 });
    expect(await readSessionCookie(jar({}))).toBeNull();
    // One character changed in the middle of the ciphertext (every bit of it counts there).
    const parts = valid.split(".");
    const ciphertext = parts[3] as string;
    const middle = Math.floor(ciphertext.length / 2);
    parts[3] = `${ciphertext.slice(0, middle)}${ciphertext[middle] === "A" ? "B" : "A"}${ciphertext.slice(middle + 1)}`;
    expect(await readSessionCookie(jar({ "authjs.session-token": parts.join(".") }))).toBeNull();
    expect(await readSessionCookie(jar({ "authjs.session-token": await cookieFor({ sub: "user-1", sv: 3 }, { maxAge: -60 }) }))).toBeNull();
    expect(await readSessionCookie(jar({ "authjs.session-token": await cookieFor({ sub: "user-1", sv: 3 }, { secret: "b".repeat(43) }) }))).toBeNull();
    // The cookie's name is the key's salt: a token moved to the other name does not decrypt.
    const onHttps = await readerFor("https://stepwise.example.com");
    expect(await onHttps(jar({ "__Secure-authjs.session-token": valid }))).toBeNull();
  });

  it("is null for a token without the claims sign-in puts there", async () => {
    expect(await readSessionCookie(jar({ "authjs.session-token": await cookieFor({ sub: "user-1" }) }))).toBeNull();
    expect(await readSessionCookie(jar({ "authjs.session-token": await cookieFor({ sv: 1 }) }))).toBeNull();
  });
});

describe("readSessionCookie remembers what it decrypted", () => {
  it("answers the same token again without decrypting it, and forgets it when it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const token = await cookieFor({ sub: "user-9", sv: 1 }, { maxAge: 60 });
      const subtle = globalThis.crypto.subtle;
      const decrypt = vi.spyOn(subtle, "decrypt");
      expect(await readSessionCookie(jar({ "authjs.session-token": token }))).toEqual({ userId: "user-9", sessionVersion: 1 });
      const decryptions = decrypt.mock.calls.length;
      expect(decryptions).toBeGreaterThan(0);
      expect(await readSessionCookie(jar({ "authjs.session-token": token }))).toEqual({ userId: "user-9", sessionVersion: 1 });
      expect(decrypt.mock.calls.length).toBe(decryptions);
      // Past its expiry (and jose's 15 s tolerance) it is decrypted again, and refused.
      vi.setSystemTime(Date.now() + 76_000);
      expect(await readSessionCookie(jar({ "authjs.session-token": token }))).toBeNull();
      decrypt.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it("never accepts a remembered token under the other cookie name", async () => {
    const token = await cookieFor({ sub: "user-8", sv: 2 });
    expect(await readSessionCookie(jar({ "authjs.session-token": token }))).toEqual({ userId: "user-8", sessionVersion: 2 });
    expect(await readSessionCookie(jar({ "__Secure-authjs.session-token": token }))).toBeNull();
  });
});
