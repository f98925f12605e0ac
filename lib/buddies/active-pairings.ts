import type { DbClient } from "@/lib/db";

/** Active pairings the user (or any of the users) is in, from either side. */
export function activePairingWhere(userId: string | string[]) {
  const id = typeof userId === "string" ? userId : { in: userId };
  return { status: "ACTIVE" as const, OR: [{ userAId: id }, { userBId: id }] };
}

export async function countActivePairings(db: DbClient, userId: string): Promise<number> {
  return db.buddyPairing.count({ where: activePairingWhere(userId) });
}

/** The active pairing of two people, whichever side each is on. */
export function activePairingBetweenWhere(userId: string, otherId: string) {
  return {
    status: "ACTIVE" as const,
    OR: [
      { userAId: userId, userBId: otherId },
      { userAId: otherId, userBId: userId },
    ],
  };
}

export async function activePairingBetween(db: DbClient, userId: string, otherId: string): Promise<{ id: string } | null> {
  return db.buddyPairing.findFirst({ where: activePairingBetweenWhere(userId, otherId), select: { id: true } });
}
