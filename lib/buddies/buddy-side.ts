// The buddy's side of the dashboard: what each buddy did lately that concerns you (their
// check-ins on shared goals, their comments and cheers on yours, achievements they told you
// about), the next review with each and its time in your zone, and whether you are due to
// check in by the cadence you agreed. A few bounded queries, whatever the history's size.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { CHECK_IN_CADENCES } from "./rules";
import { activePairingWhere } from "./active-pairings";
import { achievementPathForBuddy, congratulationPath } from "./achievement-kinds";

/** How far back "lately" reaches. */
export const BUDDY_SIDE_DAYS = 14;
const ITEMS_SHOWN = 5;

export type BuddySideItem = { at: Date; buddyName: string; text: string; link: string };
/** `newTimeProposed`: the buddy proposed another time and waits for the reader to answer. */
export type BuddySideReview = { pairingId: string; buddyName: string; startsAt: Date; durationMinutes: number; sessionId: string; newTimeProposed: boolean };
export type CheckInDue = { goalId: string; title: string; daysSince: number | null; cadenceDays: number };
export type BuddySide = { hasBuddy: boolean; items: BuddySideItem[]; reviews: BuddySideReview[]; checkInsDue: CheckInDue[] };

export async function getBuddySide(actor: SessionUser, now = new Date()): Promise<BuddySide> {
  const db = await getDb();
  const pairings = await db.buddyPairing.findMany({
    where: activePairingWhere(actor.id),
    select: {
      id: true,
      checkInCadence: true,
      userA: { select: { id: true, name: true } },
      userB: { select: { id: true, name: true } },
      reviewSessions: { where: { status: "SCHEDULED" }, select: { id: true, startsAt: true, durationMinutes: true, proposedById: true }, take: 1 },
    },
    orderBy: { startedAt: "asc" },
    take: 10,
  });
  if (pairings.length === 0) return { hasBuddy: false, items: [], reviews: [], checkInsDue: [] };
  const buddies = new Map(pairings.map((pairing) => [pairing.userA.id === actor.id ? pairing.userB.id : pairing.userA.id, { pairingId: pairing.id, name: (pairing.userA.id === actor.id ? pairing.userB : pairing.userA).name }]));
  const buddyIds = [...buddies.keys()];
  const since = new Date(now.getTime() - BUDDY_SIDE_DAYS * 86_400_000);

  const [checkIns, comments, shares, myGoals, congratulations] = await Promise.all([
    db.checkIn.findMany({
      where: { authorId: { in: buddyIds }, createdAt: { gt: since }, goal: { ownerId: { in: buddyIds }, visibility: "BUDDIES", status: { not: "DROPPED" } } },
      select: { id: true, createdAt: true, authorId: true, goal: { select: { id: true, title: true } } },
      orderBy: { createdAt: "desc" },
      take: ITEMS_SHOWN,
    }),
    db.comment.findMany({
      where: { authorId: { in: buddyIds }, createdAt: { gt: since }, checkIn: { goal: { ownerId: actor.id } } },
      select: { id: true, kind: true, createdAt: true, authorId: true, checkIn: { select: { goal: { select: { id: true, title: true } } } } },
      orderBy: { createdAt: "desc" },
      take: ITEMS_SHOWN,
    }),
    db.achievementShare.findMany({
      where: { recipientId: actor.id, createdAt: { gt: since }, goal: { status: "ACHIEVED" } },
      select: { pairingId: true, createdAt: true, goal: { select: { id: true, title: true, ownerId: true } } },
      orderBy: { createdAt: "desc" },
      take: ITEMS_SHOWN,
    }),
    db.goal.findMany({ where: { ownerId: actor.id, status: "ACTIVE", visibility: "BUDDIES" }, select: { id: true, title: true, createdAt: true }, orderBy: { deadline: "asc" }, take: 100 }),
    db.achievementCongratulation.findMany({
      where: { authorId: { in: buddyIds }, createdAt: { gt: since }, goal: { ownerId: actor.id } },
      select: { id: true, kind: true, createdAt: true, authorId: true, goal: { select: { title: true } } },
      orderBy: { createdAt: "desc" },
      take: ITEMS_SHOWN,
    }),
  ]);

  const name = (id: string | null) => (id ? buddies.get(id)?.name : undefined) ?? "Your buddy";
  const pairingOf = (id: string) => buddies.get(id)?.pairingId ?? "";
  const items: BuddySideItem[] = [
    ...checkIns.map((entry) => ({ at: entry.createdAt, buddyName: name(entry.authorId), text: `checked in on “${entry.goal.title}”`, link: `/buddies/${pairingOf(entry.authorId)}#check-in-${entry.id}` })),
    ...comments.map((entry) => ({
      at: entry.createdAt,
      buddyName: name(entry.authorId),
      text: entry.kind === "CHEER" ? `cheered your check-in on “${entry.checkIn.goal.title}”` : `commented on “${entry.checkIn.goal.title}”`,
      link: `/goals/${entry.checkIn.goal.id}#comment-${entry.id}`,
    })),
    ...congratulations.map((entry) => ({
      at: entry.createdAt,
      buddyName: name(entry.authorId),
      text: entry.kind === "CHEER" ? `cheered your achievement “${entry.goal.title}”` : `congratulated you on “${entry.goal.title}”`,
      link: congratulationPath(entry.id),
    })),
    ...shares.filter((entry) => buddies.has(entry.goal.ownerId)).map((entry) => ({ at: entry.createdAt, buddyName: name(entry.goal.ownerId), text: `achieved “${entry.goal.title}”`, link: achievementPathForBuddy(entry.pairingId, entry.goal.id) })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, ITEMS_SHOWN);

  const reviews = pairings.flatMap((pairing) => {
    const session = pairing.reviewSessions[0];
    if (!session) return [];
    const buddy = pairing.userA.id === actor.id ? pairing.userB : pairing.userA;
    return [{ pairingId: pairing.id, buddyName: buddy.name, startsAt: session.startsAt, durationMinutes: session.durationMinutes, sessionId: session.id, newTimeProposed: session.proposedById === buddy.id }];
  });

  // The tightest cadence agreed with any buddy applies to the shared goals they all see.
  const cadenceDays = Math.min(...pairings.map((pairing) => CHECK_IN_CADENCES.find((option) => option.value === pairing.checkInCadence)?.days ?? 7));
  const lastCheckIns = myGoals.length ? await db.checkIn.groupBy({ by: ["goalId"], where: { goalId: { in: myGoals.map((goal) => goal.id) }, authorId: actor.id }, _max: { createdAt: true } }) : [];
  const lastByGoal = new Map(lastCheckIns.map((row) => [row.goalId, row._max.createdAt]));
  const checkInsDue = myGoals.flatMap((goal) => {
    const last = lastByGoal.get(goal.id) ?? null;
    const from = last ?? goal.createdAt;
    const days = Math.floor((now.getTime() - from.getTime()) / 86_400_000);
    return days >= cadenceDays ? [{ goalId: goal.id, title: goal.title, daysSince: last ? days : null, cadenceDays }] : [];
  });

  return { hasBuddy: true, items, reviews, checkInsDue: checkInsDue.slice(0, 5) };
}
