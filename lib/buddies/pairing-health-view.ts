// A pairing's health as its page and the dashboard show it.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizePairingView } from "./authorize-pairing-view";
import { activitiesOfPersonsPairings, pairingActivity } from "./pairing-activity";
import { pairingHealth, type PairingHealth } from "./pairing-health";

export type PairingHealthView = PairingHealth & { pausedByMe: boolean };

export async function getPairingHealth(actor: SessionUser, pairingId: string, now = new Date()): Promise<PairingHealthView> {
  const grant = await authorizePairingView(actor, pairingId);
  const db = await getDb();
  const activity = await pairingActivity(db, grant.pairingId);
  if (!activity) return { state: "active", silentCycles: 0, silentSince: now, pausedByMe: false };
  return { ...pairingHealth(activity, now), pausedByMe: grant.pausedById === actor.id };
}

/** The actor's pairings that have gone quiet long enough to offer the choice (for the dashboard): two statements whatever the number of pairings. */
export async function quietPairings(actor: SessionUser, now = new Date()): Promise<{ pairingId: string; buddyName: string; health: PairingHealthView }[]> {
  const db = await getDb();
  const quiet = (await activitiesOfPersonsPairings(db, actor.id)).flatMap((activity) => {
    const health = pairingHealth(activity, now);
    return health.state === "needs-choice" ? [{ activity, health }] : [];
  });
  if (quiet.length === 0) return [];
  const buddyIds = quiet.map(({ activity }) => (activity.userAId === actor.id ? activity.userBId : activity.userAId));
  const buddies = await db.user.findMany({ where: { id: { in: buddyIds } }, select: { id: true, name: true } });
  return quiet.map(({ activity, health }, index) => ({
    pairingId: activity.pairingId,
    buddyName: buddies.find((buddy) => buddy.id === buddyIds[index])?.name ?? "your buddy",
    health: { ...health, pausedByMe: false },
  }));
}
