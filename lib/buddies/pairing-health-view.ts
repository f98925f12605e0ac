// A pairing's health as its page and the dashboard show it.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { activePairingWhere } from "./active-pairings";
import { authorizePairingView } from "./authorize-pairing-view";
import { pairingActivity } from "./pairing-activity";
import { pairingHealth, type PairingHealth } from "./pairing-health";

export type PairingHealthView = PairingHealth & { pausedByMe: boolean };

export async function getPairingHealth(actor: SessionUser, pairingId: string, now = new Date()): Promise<PairingHealthView> {
  const grant = await authorizePairingView(actor, pairingId);
  const db = await getDb();
  const [activity, pairing] = await Promise.all([pairingActivity(db, grant.pairingId), db.buddyPairing.findUniqueOrThrow({ where: { id: grant.pairingId }, select: { pausedById: true } })]);
  if (!activity) return { state: "active", silentCycles: 0, silentSince: now, pausedByMe: false };
  return { ...pairingHealth(activity, now), pausedByMe: pairing.pausedById === actor.id };
}

/** The actor's pairings that have gone quiet long enough to offer the choice (for the dashboard). */
export async function quietPairings(actor: SessionUser, now = new Date()): Promise<{ pairingId: string; buddyName: string; health: PairingHealthView }[]> {
  const db = await getDb();
  const pairings = await db.buddyPairing.findMany({
    where: { ...activePairingWhere(actor.id), pausedAt: null },
    select: { id: true, userA: { select: { id: true, name: true } }, userB: { select: { id: true, name: true } } },
    take: 10,
  });
  const quiet: { pairingId: string; buddyName: string; health: PairingHealthView }[] = [];
  for (const pairing of pairings) {
    const activity = await pairingActivity(db, pairing.id);
    const health = activity ? pairingHealth(activity, now) : null;
    if (health?.state === "needs-choice") quiet.push({ pairingId: pairing.id, buddyName: (pairing.userA.id === actor.id ? pairing.userB : pairing.userA).name, health: { ...health, pausedByMe: false } });
  }
  return quiet;
}
