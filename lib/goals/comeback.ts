// A comeback, not a streak: nothing ever resets. A check-in after a missed check-in period is a
// comeback — the person is greeted for it and their buddies are asked to welcome them back. The
// period is the tightest cadence agreed with a buddy for a shared goal (the silence the buddy
// nudge counts: check-ins on any shared goal), and CHECK_IN_NUDGE_DAYS for a private goal (the
// dashboard's "check in" prompt). A first check-in is a start, not a comeback.
import type { DbClient } from "@/lib/db";
import { CHECK_IN_CADENCES } from "@/lib/buddies/rules";
import { activePairingWhere } from "@/lib/buddies/active-pairings";

/** The dashboard asks for a check-in on a goal unattended this long (lib/goals/dashboard.ts). */
export const CHECK_IN_NUDGE_DAYS = 14;
const DAY_MS = 86_400_000;

export type ComebackContext = { comeback: boolean; buddies: { id: string; email: string; pairingId: string }[] };

/** Whether a check-in the owner writes now on this goal is a comeback, and who to tell. Call before inserting it. */
export async function comebackContext(db: DbClient, owner: { id: string }, goal: { id: string; visibility: "PRIVATE" | "BUDDIES" }, now: Date): Promise<ComebackContext> {
  const pairings =
    goal.visibility === "BUDDIES"
      ? await db.buddyPairing.findMany({
          where: activePairingWhere(owner.id),
          select: { id: true, checkInCadence: true, userA: { select: { id: true, email: true } }, userB: { select: { id: true, email: true } } },
          take: 10,
        })
      : [];
  const buddies = pairings.map((pairing) => ({ ...(pairing.userA.id === owner.id ? pairing.userB : pairing.userA), pairingId: pairing.id }));
  const cadenceDays = pairings.length ? Math.min(...pairings.map((pairing) => CHECK_IN_CADENCES.find((option) => option.value === pairing.checkInCadence)?.days ?? 7)) : CHECK_IN_NUDGE_DAYS;
  const previous = await db.checkIn.findFirst({
    where: { authorId: owner.id, ...(pairings.length ? { goal: { ownerId: owner.id, visibility: "BUDDIES" } } : { goalId: goal.id }) },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  // A whole day of grace: checking in weekly at a later hour than last week is not a miss.
  const comeback = previous !== null && Math.floor((now.getTime() - previous.createdAt.getTime()) / DAY_MS) > cadenceDays;
  return { comeback, buddies };
}
