// What a sign-in through the OpenID provider does, decided after the provider answered (state,
// nonce and PKCE already checked by next-auth). Never links an identity to an existing account
// silently: that would hand the account to whoever controls the provider's claim to its email
// (docs/decisions/0013-oidc-linking-is-confirmed.md).
import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { OidcClaims } from "./oidc-claims";
import { createPendingLink } from "./pending-link";

export type OidcSignInOutcome =
  /** A known identity, or a new account made for it: sign this user in. */
  | { outcome: "signed-in"; userId: string }
  /** An account with this email exists but is not linked: its owner must confirm (token for the confirmation page). */
  | { outcome: "confirm-link"; token: string };

/** `timeZone`: the browser's, for a new account (UTC without one). */
export async function signInWithOidc(claims: OidcClaims, now = new Date(), timeZone?: string): Promise<OidcSignInOutcome> {
  const db = await getDb();
  const identity = await db.oidcIdentity.findUnique({ where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } }, select: { userId: true } });
  if (identity) return { outcome: "signed-in", userId: identity.userId };

  const existing = await db.user.findUnique({ where: { email: claims.email }, select: { id: true } });
  if (existing) return { outcome: "confirm-link", token: await createPendingLink(db, existing.id, claims, now) };

  try {
    const user = await db.user.create({
      // The provider verified the address.
      data: { email: claims.email, name: claims.name, emailVerifiedAt: now, ...(timeZone ? { timeZone } : {}), oidcIdentities: { create: { issuer: claims.issuer, subject: claims.subject, email: claims.email, linkedAt: now } } },
      select: { id: true },
    });
    return { outcome: "signed-in", userId: user.id };
  } catch (error) {
    // Two callbacks for one person at once (a double click): the other one created it. Asking
    // again settles which of the answers above applies.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return signInWithOidc(claims, now, timeZone);
    throw error;
  }
}

/** The account and session version a linked identity signs in as (the jwt callback's input). */
export async function findOidcUser(issuer: string, subject: string): Promise<{ id: string; sessionVersion: number } | null> {
  const db = await getDb();
  const identity = await db.oidcIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { user: { select: { id: true, sessionVersion: true } } } });
  return identity?.user ?? null;
}
