// Creating, listing and revoking the acting user's personal access tokens (Settings → API).
// A new token's secret is returned once, by createApiToken, and never stored.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { IdSchema } from "@/lib/goals/schemas";
import { fromDbScope, toDbScope, type ApiScope } from "./scopes";
import type { CreateApiTokenInput } from "./schemas";
import { generateApiTokenSecret } from "./token-secret";

/** Live (unrevoked) tokens a person may hold: enough for every tool they use, and a bounded list. */
export const MAX_API_TOKENS_PER_USER = 20;

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
};

const summarySelect = { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

function toSummary(row: { id: string; name: string; prefix: string; scopes: ("READ" | "WRITE_CHECK_INS" | "WRITE_GOALS")[]; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null }): ApiTokenSummary {
  return { ...row, scopes: row.scopes.map(fromDbScope) };
}

export async function createApiToken(actor: SessionUser, input: CreateApiTokenInput, now = new Date()): Promise<{ token: string; summary: ApiTokenSummary }> {
  const db = await getDb();
  const secret = generateApiTokenSecret();
  const expiresAt = input.expiresIn === "never" ? null : new Date(now.getTime() + Number(input.expiresIn) * 86_400_000);
  const row = await db.$transaction(async (tx) => {
    // Serialises concurrent creations by one person so the limit holds.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`;
    const live = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null } });
    if (live >= MAX_API_TOKENS_PER_USER) throw new LimitReachedError(`You can have at most ${MAX_API_TOKENS_PER_USER} tokens. Revoke one you no longer use first.`, "name");
    return tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        scopes: [...new Set(input.scopes)].map(toDbScope),
        tokenHash: secret.tokenHash,
        prefix: secret.prefix,
        expiresAt,
        createdAt: now,
      },
      select: summarySelect,
    });
  });
  return { token: secret.token, summary: toSummary(row) };
}

/** The actor's unrevoked tokens, newest first (expired ones too, marked by their date). */
export async function listApiTokens(actor: SessionUser): Promise<ApiTokenSummary[]> {
  const db = await getDb();
  const rows = await db.apiToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    select: summarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_API_TOKENS_PER_USER,
  });
  return rows.map(toSummary);
}

/** Revokes one of the actor's tokens at once; someone else's or an unknown id is "not found". */
export async function revokeApiToken(actor: SessionUser, tokenId: string, now = new Date()): Promise<void> {
  if (!IdSchema.safeParse(tokenId).success) throw new NotFoundError("That token");
  const db = await getDb();
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new NotFoundError("That token");
}
