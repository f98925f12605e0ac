// Confirming an address signs the person in only in the browser that signed up. The
// confirmation link proves the mailbox, not the password: if someone else signed up with this
// address, signing the mailbox's owner into that account would hand them an account whose
// password a stranger knows. So sign-up leaves a cookie (an HMAC of the address), and a
// confirmation that arrives without it only confirms and sends the person to sign in.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";

export const SIGNED_UP_HERE_COOKIE = "stepwise-signed-up";
export const SIGNED_UP_HERE_MAX_AGE_SECONDS = 24 * 60 * 60;

export function signedUpHereProof(email: string): string {
  return createHmac("sha256", getAuthSecret()).update(`signed-up-here:${email.toLowerCase()}`).digest("base64url");
}

export function isSignedUpHereProof(email: string, proof: string | undefined): boolean {
  if (!proof) return false;
  const expected = Buffer.from(signedUpHereProof(email));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
