// "May the reader view this pairing?" asked once per request. The buddy page loads the view, the
// past reviews and the suggested review slot, and each asks first; React's cache() shares the
// answer within one server render (keyed by the per-request user object and the id) and is a
// plain call anywhere else. Only for reads outside a transaction: writes ask authorizeBuddy with
// their transaction, so the check and the write see the same state.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeBuddy, type PairingGrant } from "./authorize";

export const authorizePairingView = cache(async (actor: SessionUser, pairingId: string): Promise<PairingGrant> => {
  const db = await getDb();
  return authorizeBuddy(db, actor, { action: "view-pairing", pairingId });
});
