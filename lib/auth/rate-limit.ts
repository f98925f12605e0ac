// Fixed-window rate limits kept in PostgreSQL, so every app instance shares the same counts.
// One atomic upsert per check: no read-then-write race between concurrent requests.
import type { DbClient } from "@/lib/db";

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const RATE_LIMITS = {
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  emailPerAddress: { limit: 5, windowSeconds: 60 * 60 },
  emailPerIp: { limit: 20, windowSeconds: 60 * 60 },
  /** Each personal access token (/api/v1): a script's steady use fits, a runaway loop stops. */
  apiPerToken: { limit: 120, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

export async function hitRateLimit(db: DbClient, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStartCutoff = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartCutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStartCutoff} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row || row.count <= rule.limit) return { allowed: true };
  const retryAt = new Date(row.windowStart).getTime() + rule.windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
}

/** Checks several limits; all are counted, the strictest refusal wins. */
export async function hitRateLimits(db: DbClient, checks: [key: string, rule: RateLimitRule][], now = new Date()): Promise<RateLimitResult> {
  let retryAfterSeconds = 0;
  for (const [key, rule] of checks) {
    const result = await hitRateLimit(db, key, rule, now);
    if (!result.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, result.retryAfterSeconds);
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

export async function clearRateLimit(db: DbClient, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

export function describeRetryAfter(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "Too many attempts. Try again in a minute." : `Too many attempts. Try again in ${minutes} minutes.`;
}
