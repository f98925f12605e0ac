// Single-use tokens sent by email (verification, magic link, password reset).
// 256 random bits; only their sha256 is stored, so a database leak reveals no usable link.
import { createHash, randomBytes } from "node:crypto";
import type { DbClient } from "@/lib/db";
import type { AuthTokenPurpose } from "@/lib/db/generated/enums";

export const TOKEN_LIFETIME_MINUTES: Record<AuthTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60,
  MAGIC_LINK: 15,
  PASSWORD_RESET: 30,
};

export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueAuthToken(db: DbClient, userId: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  const token = generateToken();
  await db.authToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000),
    },
  });
  return token;
}

export type TokenStatus = { state: "valid"; userId: string; email: string } | { state: "invalid" };

/** Looks a token up without using it: confirmation pages show this before the POST. */
export async function inspectAuthToken(db: DbClient, token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<TokenStatus> {
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true, consumedAt: true, userId: true, user: { select: { email: true } } },
  });
  if (!row || row.purpose !== purpose || row.consumedAt || row.expiresAt <= now) return { state: "invalid" };
  return { state: "valid", userId: row.userId, email: row.user.email };
}

/**
 * Uses a token up. The conditional UPDATE makes it single-use even when two requests race:
 * only one of them sees a row come back.
 */
export async function consumeAuthToken(db: DbClient, token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string | null> {
  const rows = await db.$queryRaw<{ userId: string }[]>`
    UPDATE "AuthToken" SET "consumedAt" = ${now}
    WHERE "tokenHash" = ${hashToken(token)} AND "purpose" = ${purpose}::"AuthTokenPurpose"
      AND "consumedAt" IS NULL AND "expiresAt" > ${now}
    RETURNING "userId"`;
  return rows[0]?.userId ?? null;
}
