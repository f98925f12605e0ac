// Who a request to /api/v1 acts as: the owner of the bearer token, if the token is live.
// Unknown, malformed, revoked and expired tokens are all just "no": the API answers them with
// one 401 body, so a caller learns nothing about which it was.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { fromDbScope, type ApiScope } from "./scopes";
import { apiTokenHashMatches, hashApiToken, looksLikeApiToken } from "./token-secret";

/** lastUsedAt is a hint for people, not an audit log: one write a minute per token at most. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiCaller = { user: SessionUser; tokenId: string; scopes: ApiScope[] };

/** The token in an `Authorization: Bearer <token>` header, or null. */
export function bearerTokenOf(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

export async function authenticateApiToken(token: string, now = new Date()): Promise<ApiCaller | null> {
  if (!looksLikeApiToken(token)) return null;
  const db = await getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      tokenHash: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, timeZone: true, passwordHash: true, emailVerifiedAt: true } },
    },
  });
  if (!row || !apiTokenHashMatches(token, row.tokenHash)) return null;
  if (row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !row.user.emailVerifiedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests in the same minute write once between them.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  const { passwordHash, emailVerifiedAt: _verified, ...user } = row.user;
  return { user: { ...user, hasPassword: passwordHash !== null }, tokenId: row.id, scopes: row.scopes.map(fromDbScope) };
}
