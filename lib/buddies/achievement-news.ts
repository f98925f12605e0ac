// Telling a buddy that a goal was reached, and what they send back. A shared goal's news goes to
// every active buddy when it is marked achieved; a private goal's only when the owner chooses,
// and then the buddy learns its title and reward, nothing else. An AchievementShare row is the
// news having been told: it is what lets the buddy congratulate, and it carries the celebration
// the owner suggested (an iCalendar invitation to both, like a review's).
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { createNotification } from "@/lib/notifications/notifications";
import { enqueueDelivery } from "@/lib/reminders/ledger";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { toInstant } from "@/lib/reviews/review-time";
import { activePairingWhere } from "./active-pairings";
import { authorizeBuddy } from "./authorize";
import { authorizePairingView } from "./authorize-pairing-view";
import type { CelebrationInput } from "./schemas";
import { achievementPathForBuddy, BUDDY_ACHIEVEMENT_KIND, CELEBRATION_INVITE_KIND, congratulationPath } from "./achievement-kinds";

/** Congratulations (comments) on one achievement, from all buddies: keeps the card bounded. */
export const MAX_CONGRATULATIONS_PER_GOAL = 30;

type Person = { id: string; name: string; email: string };

/** Records the news for one buddy, notifies them and queues the email; null when they were already told. */
async function tellBuddy(tx: DbClient, input: { owner: { name: string }; goal: { id: string; title: string }; pairingId: string; buddy: Person; now: Date }): Promise<{ shareId: string; deliveryId: string | null } | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "AchievementShare" ("goalId", "pairingId", "recipientId", "createdAt")
    VALUES (${input.goal.id}::uuid, ${input.pairingId}::uuid, ${input.buddy.id}::uuid, ${input.now})
    ON CONFLICT ("goalId", "recipientId") DO NOTHING
    RETURNING "id"`;
  const shareId = rows[0]?.id;
  if (!shareId) return null;
  await createNotification(tx, {
    userId: input.buddy.id,
    kind: "achievement",
    title: `${input.owner.name} achieved “${input.goal.title}”`,
    link: achievementPathForBuddy(input.pairingId, input.goal.id),
  });
  const deliveryId = await enqueueDelivery(tx, { kind: BUDDY_ACHIEVEMENT_KIND, recipientId: input.buddy.id, recipientEmail: input.buddy.email, subjectId: shareId, dueKey: "news", dueAt: input.now });
  return { shareId, deliveryId };
}

/**
 * Called in the transaction that marks a goal achieved: a goal shared with buddies is news for
 * every active buddy. Returns ledger rows to send once the transaction commits.
 */
export async function announceSharedAchievement(tx: DbClient, owner: SessionUser, goalId: string, now: Date): Promise<string[]> {
  const goal = await tx.goal.findFirst({ where: { id: goalId, ownerId: owner.id, status: "ACHIEVED", visibility: "BUDDIES" }, select: { id: true, title: true } });
  if (!goal) return [];
  const pairings = await tx.buddyPairing.findMany({
    where: activePairingWhere(owner.id),
    select: { id: true, userA: { select: { id: true, name: true, email: true } }, userB: { select: { id: true, name: true, email: true } } },
    take: 10,
  });
  const ids: string[] = [];
  for (const pairing of pairings) {
    const buddy = pairing.userA.id === owner.id ? pairing.userB : pairing.userA;
    const told = await tellBuddy(tx, { owner, goal, pairingId: pairing.id, buddy, now });
    if (told?.deliveryId) ids.push(told.deliveryId);
  }
  return ids;
}

async function ownAchievedGoal(tx: DbClient, actor: SessionUser, goalId: string) {
  const goal = await tx.goal.findFirst({ where: { id: goalId, ownerId: actor.id, status: "ACHIEVED" }, select: { id: true, title: true } });
  if (!goal) throw new NotFoundError("That achieved goal");
  return goal;
}

/** The owner tells one buddy about an achieved goal (shared or private); telling twice changes nothing. */
export async function shareAchievementNews(actor: SessionUser, goalId: string, pairingId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const deliveryId = await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    const goal = await ownAchievedGoal(tx, actor, goalId);
    const buddy = await tx.user.findUniqueOrThrow({ where: { id: grant.buddy.id }, select: { id: true, name: true, email: true } });
    return (await tellBuddy(tx, { owner: actor, goal, pairingId: grant.pairingId, buddy, now }))?.deliveryId ?? null;
  });
  if (deliveryId) await deliverSoon(deliveryId, now);
}

export class CelebrationInPastError extends Error {
  constructor() {
    super("Choose a time that has not passed yet.");
    this.name = "CelebrationInPastError";
  }
}

/**
 * The owner suggests a moment to celebrate with one buddy, in the owner's zone. Both get an
 * invitation (.ics); moving it sends an update with a higher SEQUENCE. The buddy is told the
 * news first if they had not been.
 */
export async function suggestCelebration(actor: SessionUser, input: CelebrationInput, now = new Date()): Promise<{ startsAt: Date }> {
  const startsAt = toInstant(input.date, input.time, actor.timeZone);
  if (Number.isNaN(startsAt.getTime())) throw new CelebrationInPastError();
  if (startsAt <= now) throw new CelebrationInPastError();
  const db = await getDb();
  const ids = await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId: input.pairingId });
    const goal = await ownAchievedGoal(tx, actor, input.goalId);
    const buddy = await tx.user.findUniqueOrThrow({ where: { id: grant.buddy.id }, select: { id: true, name: true, email: true } });
    const told = await tellBuddy(tx, { owner: actor, goal, pairingId: grant.pairingId, buddy, now });
    const share = await tx.achievementShare.findUniqueOrThrow({ where: { goalId_recipientId: { goalId: goal.id, recipientId: buddy.id } }, select: { id: true, celebrateStartsAt: true, celebrateSequence: true } });
    const sequence = share.celebrateStartsAt ? share.celebrateSequence + 1 : share.celebrateSequence;
    await tx.achievementShare.update({ where: { id: share.id }, data: { celebrateStartsAt: startsAt, celebrateTimeZone: actor.timeZone, celebrateSequence: sequence } });
    const queued: string[] = told?.deliveryId ? [told.deliveryId] : [];
    if (!told) {
      await createNotification(tx, {
        userId: buddy.id,
        kind: "celebration",
        title: `${actor.name} suggests celebrating “${goal.title}” together`,
        link: achievementPathForBuddy(grant.pairingId, goal.id),
      });
    }
    for (const person of [actor, buddy]) {
      const id = await enqueueDelivery(tx, { kind: CELEBRATION_INVITE_KIND, recipientId: person.id, recipientEmail: person.email, subjectId: share.id, dueKey: `seq:${sequence}`, dueAt: now });
      if (id) queued.push(id);
    }
    return queued;
  });
  for (const id of ids) await deliverSoon(id, now);
  return { startsAt };
}

/** A buddy's cheer (once) or short congratulation on an achievement they were told about. */
export async function congratulateAchievement(actor: SessionUser, goalId: string, input: { kind: "CHEER" } | { kind: "COMMENT"; body: string }, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const share = await tx.achievementShare.findFirst({
      where: { goalId, recipientId: actor.id, goal: { status: "ACHIEVED" } },
      select: { pairingId: true, goal: { select: { id: true, title: true, ownerId: true } } },
    });
    if (!share) throw new NotFoundError("That achievement");
    // The pairing must still be active, and the goal's owner must be the buddy in it.
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId: share.pairingId });
    if (grant.buddy.id !== share.goal.ownerId) throw new NotFoundError("That achievement");
    if (input.kind === "COMMENT") {
      // Lock the goal so two congratulations at once cannot both take the last place.
      await tx.$queryRaw`SELECT 1 FROM "Goal" WHERE "id" = ${share.goal.id}::uuid FOR UPDATE`;
      const count = await tx.achievementCongratulation.count({ where: { goalId: share.goal.id, kind: "COMMENT" } });
      if (count >= MAX_CONGRATULATIONS_PER_GOAL) throw new LimitReachedError(`This achievement already has ${MAX_CONGRATULATIONS_PER_GOAL} congratulations.`, "body");
    }
    // The partial unique index keeps one cheer per buddy: a second one inserts nothing.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "AchievementCongratulation" ("goalId", "authorId", "kind", "body", "createdAt")
      VALUES (${share.goal.id}::uuid, ${actor.id}::uuid, ${input.kind}::"CommentKind", ${input.kind === "COMMENT" ? input.body : ""}, ${now})
      ON CONFLICT DO NOTHING
      RETURNING "id"`;
    const id = rows[0]?.id;
    if (!id) return;
    await createNotification(tx, {
      userId: share.goal.ownerId,
      kind: "congratulation",
      title: input.kind === "CHEER" ? `${actor.name} cheered your achievement “${share.goal.title}”` : `${actor.name} congratulated you on “${share.goal.title}”`,
      link: congratulationPath(id),
    });
  });
}

export type CongratulationDto = { id: string; kind: "COMMENT" | "CHEER"; body: string; authorName: string; createdAt: Date };

/** Congratulations on the actor's own achieved goals, oldest first per goal. */
export async function congratulationsOnGoals(actor: SessionUser, goalIds: string[]): Promise<Map<string, CongratulationDto[]>> {
  if (goalIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.achievementCongratulation.findMany({
    where: { goalId: { in: goalIds }, goal: { ownerId: actor.id } },
    select: { id: true, goalId: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: goalIds.length * (MAX_CONGRATULATIONS_PER_GOAL + 3),
  });
  const byGoal = new Map<string, CongratulationDto[]>();
  for (const row of rows) {
    const list = byGoal.get(row.goalId) ?? [];
    list.push({ id: row.id, kind: row.kind, body: row.body, authorName: row.author.name, createdAt: row.createdAt });
    byGoal.set(row.goalId, list);
  }
  return byGoal;
}

export type AchievementToCelebrate = {
  goalId: string;
  title: string;
  reward: string | null;
  achievedAt: Date | null;
  celebrateStartsAt: Date | null;
  cheered: boolean;
  myCongratulations: { id: string; body: string; createdAt: Date }[];
};

/** What the buddy was told by the other person of a pairing: title, reward, when, and what they sent back. */
export async function listAchievementsToCelebrate(actor: SessionUser, pairingId: string): Promise<AchievementToCelebrate[]> {
  const grant = await authorizePairingView(actor, pairingId);
  const db = await getDb();
  const shares = await db.achievementShare.findMany({
    where: { recipientId: actor.id, pairingId: grant.pairingId, goal: { status: "ACHIEVED", ownerId: grant.buddy.id } },
    select: {
      celebrateStartsAt: true,
      goal: {
        select: {
          id: true,
          title: true,
          reward: true,
          achievedAt: true,
          congratulations: { where: { authorId: actor.id }, select: { id: true, kind: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" }, take: MAX_CONGRATULATIONS_PER_GOAL + 1 },
        },
      },
    },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  return shares.map(({ goal, celebrateStartsAt }) => ({
    goalId: goal.id,
    title: goal.title,
    reward: goal.reward,
    achievedAt: goal.achievedAt,
    celebrateStartsAt,
    cheered: goal.congratulations.some((entry) => entry.kind === "CHEER"),
    myCongratulations: goal.congratulations.filter((entry) => entry.kind === "COMMENT").map(({ id, body, createdAt }) => ({ id, body, createdAt })),
  }));
}

export type CelebrationPartner = { pairingId: string; buddyName: string; told: boolean; celebrateStartsAt: Date | null };

/** For the celebration screen: each active buddy, whether they know, and any celebration suggested. */
export async function listCelebrationPartners(actor: SessionUser, goalId: string): Promise<CelebrationPartner[]> {
  const db = await getDb();
  const [pairings, shares] = await Promise.all([
    db.buddyPairing.findMany({
      where: activePairingWhere(actor.id),
      select: { id: true, userA: { select: { id: true, name: true } }, userB: { select: { id: true, name: true } } },
      orderBy: { startedAt: "asc" },
      take: 10,
    }),
    db.achievementShare.findMany({ where: { goalId, goal: { ownerId: actor.id } }, select: { recipientId: true, celebrateStartsAt: true }, take: 20 }),
  ]);
  return pairings.map((pairing) => {
    const buddy = pairing.userA.id === actor.id ? pairing.userB : pairing.userA;
    const share = shares.find((entry) => entry.recipientId === buddy.id);
    return { pairingId: pairing.id, buddyName: buddy.name, told: share !== undefined, celebrateStartsAt: share?.celebrateStartsAt ?? null };
  });
}
