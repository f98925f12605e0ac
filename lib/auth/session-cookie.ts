// Reading the session cookie that next-auth wrote (lib/auth/config.ts), for getCurrentUser().
//
// next-auth's `auth()` answers a server component by running its whole /session endpoint:
// it builds a Request, decrypts the cookie, runs the callbacks, then encrypts a renewed
// cookie into a Response and serialises the session to JSON, which `auth()` parses back. A
// server component cannot set cookies, so the renewed cookie was thrown away on every
// render; it cost about a tenth of a light page's CPU. Decrypting the cookie with next-auth's
// own `decode` (the same key derivation, algorithm and expiry check) is the part we need.
import "server-only";
import { decode } from "next-auth/jwt";
import { getEnv } from "@/lib/config/env";
import { sessionCookieName } from "./cookie-policy";
import { getAuthSecret } from "./secret";

export type SessionClaims = { userId: string; sessionVersion: number };

type CookieReader = { get(name: string): { value: string } | undefined };

/** The user id and session version in a valid, unexpired session cookie; null otherwise. */
export async function readSessionCookie(cookies: CookieReader): Promise<SessionClaims | null> {
  // The name next-auth writes (`__Secure-` when APP_URL is https); it is also the key's salt.
  const name = sessionCookieName(getEnv().APP_URL);
  const token = cookies.get(name)?.value;
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: getAuthSecret(), salt: name });
    if (typeof claims?.sub === "string" && claims.sub && typeof claims.sv === "number") return { userId: claims.sub, sessionVersion: claims.sv };
  } catch {
    // Tampered, expired or written with another secret: not signed in.
  }
  return null;
}
