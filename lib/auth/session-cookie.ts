// Reading the session cookie that next-auth wrote (lib/auth/config.ts), for getCurrentUser().
//
// next-auth's `auth()` answers a server component by running its whole /session endpoint:
// it builds a Request, decrypts the cookie, runs the callbacks, then encrypts a renewed
// cookie into a Response and serialises the session to JSON, which `auth()` parses back. A
// server component cannot set cookies, so the renewed cookie was thrown away on every
// render; it cost about a tenth of a light page's CPU. Decrypting the cookie with next-auth's
// own `decode` (the same key derivation, algorithm and expiry check) is the part we need.
//
// That decode is still the costliest step of a signed-in request that is not rendering: an
// HKDF key derivation, a key thumbprint, two key imports, an HMAC check (through a generated
// HMAC key, for a constant-time compare) and an AES decryption, each a WebCrypto job with its
// promise hops: 7% of the signed-in shell's main-thread profile (bench/profile.ts), plus the
// jobs' own time on libuv's thread pool, which that profile does not show.
// A browser sends the same cookie on every request until it is renewed, so this process
// remembers what it decrypted: the same token (under the same cookie name) gives the same
// claims until it expires. Only tokens that decrypted are kept; staleness (a password change,
// sign-out everywhere) is still caught by loadSessionUser, which checks the session version in
// the database on every request.
import "server-only";
import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";
import { getEnv } from "@/lib/config/env";
import { sessionCookieName } from "./cookie-policy";
import { getAuthSecret } from "./secret";

export type SessionClaims = { userId: string; sessionVersion: number };

type CookieReader = { get(name: string): { value: string } | undefined };

/** jose's clock tolerance in next-auth's decode: a token is accepted this long after `exp`. */
const CLOCK_TOLERANCE_MS = 15_000;
/** Decrypted cookies by name and token, with when each stops being accepted (ms, by Date.now as jose checks). */
const decrypted = new LRUCache<string, { claims: SessionClaims; acceptedUntil: number }>({ max: 10_000 });

/** The user id and session version in a valid, unexpired session cookie; null otherwise. */
export async function readSessionCookie(cookies: CookieReader): Promise<SessionClaims | null> {
  // The name next-auth writes (`__Secure-` when APP_URL is https); it is also the key's salt.
  const name = sessionCookieName(getEnv().APP_URL);
  const token = cookies.get(name)?.value;
  if (!token) return null;
  const key = `${name}\n${token}`;
  const remembered = decrypted.get(key);
  if (remembered && Date.now() <= remembered.acceptedUntil) return remembered.claims;
  if (remembered) decrypted.delete(key);
  try {
    const claims = await decode({ token, secret: getAuthSecret(), salt: name });
    if (typeof claims?.sub === "string" && claims.sub && typeof claims.sv === "number") {
      const result = { userId: claims.sub, sessionVersion: claims.sv };
      if (typeof claims.exp === "number") decrypted.set(key, { claims: result, acceptedUntil: claims.exp * 1000 + CLOCK_TOLERANCE_MS });
      return result;
    }
  } catch {
    // Tampered, expired or written with another secret: not signed in.
  }
  return null;
}
