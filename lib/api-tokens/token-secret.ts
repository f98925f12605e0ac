// The secret of a personal access token: `stw_` + 32 random bytes (256 bits) in base64url.
// Only its sha256 is stored. A slow password hash (scrypt) is for guessable secrets; 256 random
// bits cannot be brute-forced from a fast hash, and a fast one lets every request look the
// token up by its hash in the unique index. The prefix shown in Settings is the first few
// characters: enough to tell tokens apart, far too few to help a guess.
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = "stw_";
const TOKEN_PATTERN = /^stw_[A-Za-z0-9_-]{43}$/;
const DISPLAY_PREFIX_LENGTH = PREFIX.length + 6;

export type NewApiTokenSecret = { token: string; tokenHash: string; prefix: string };

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateApiTokenSecret(): NewApiTokenSecret {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** Whether a string has the shape of a token at all (so garbage costs no query). */
export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The presented token's hash against the stored one, in constant time. The row was found by
 * this hash, so it matches; the comparison keeps that true even if the lookup ever changes
 * (a prefix index, a cache) and never leaks through timing how much of a hash matched.
 */
export function apiTokenHashMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
