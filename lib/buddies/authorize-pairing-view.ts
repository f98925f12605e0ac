// "May the reader view this pairing?" asked once per request. The buddy page loads the view, the
// past reviews, the suggested review slot, the reports, the wishes and the pairing's health, and
// each asks first; React's cache() shares the answer within one server render (keyed by the
// per-request user object and the id) and is a plain call anywhere else. The one statement also
// reads what those sections need of the pairing and the buddy (the rules, the buddy's time zone,
// who paused it), so none of them reads the pairing again. Only for reads outside a transaction:
// writes ask authorizeBuddy with their transaction, so the check and the write see the same state.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import type { PairingGrant } from "./authorize";
import { activePairingWhere } from "./active-pairings";
import { pairingSummarySelect, toPairingSummary, type PairingSummary } from "./pairings";

export type PairingViewGrant = PairingGrant & {
  buddy: { id: string; name: string; email: string; timeZone: string };
  pairing: PairingSummary;
  pausedById: string | null;
};

const Uuid = z.uuid();
const person = { select: { id: true, name: true, email: true, timeZone: true } } as const;

export const authorizePairingView = cache(async (actor: SessionUser, pairingId: string): Promise<PairingViewGrant> => {
  if (!Uuid.safeParse(pairingId).success) throw new NotFoundError("That buddy");
  const db = await getDb();
  // The same condition as authorizeBuddy's "view-pairing": an active pairing the reader is part of.
  const row = await db.buddyPairing.findFirst({
    where: { id: pairingId, ...activePairingWhere(actor.id) },
    select: { ...pairingSummarySelect, pausedById: true, userA: person, userB: person },
  });
  if (!row) throw new NotFoundError("That buddy");
  return { pairingId: row.id, buddy: row.userA.id === actor.id ? row.userB : row.userA, pairing: toPairingSummary(row, actor.id), pausedById: row.pausedById };
});
