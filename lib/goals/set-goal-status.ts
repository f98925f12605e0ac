import "server-only";
import { getDb, type Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { assertRoomForActiveGoal } from "./active-goal-limit";
import type { AchievementFormInput } from "./schemas";
import { announceSharedAchievement } from "@/lib/buddies/achievement-news";
import { deliverSoon } from "@/lib/reminders/deliver-soon";

/** Drops (archives) a goal; it stays in history and can be reactivated. */
export async function dropGoal(actor: SessionUser, goalId: string): Promise<void> {
  await setStatus(actor, goalId, { status: "DROPPED", droppedAt: new Date(), achievedAt: null });
}

/** Makes a dropped or achieved goal active again; LimitReachedError when the actor has MAX_ACTIVE_GOALS already. */
export async function reactivateGoal(actor: SessionUser, goalId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id: goalId, ownerId: actor.id }, select: { status: true } });
    if (!goal) throw new NotFoundError("That goal");
    if (goal.status === "ACTIVE") return;
    await assertRoomForActiveGoal(tx, actor);
    await tx.goal.updateMany({ where: { id: goalId, ownerId: actor.id }, data: { status: "ACTIVE", droppedAt: null, achievedAt: null } });
  });
}

/**
 * Marks a goal achieved, with the reflection answers (all optional). `closeOpenSteps` marks the
 * steps still open done at the same moment (the owner chose that when asked). A goal shared
 * with buddies is news for each active buddy: in the app at once, by email right after.
 */
export async function achieveGoal(actor: SessionUser, goalId: string, reflection: AchievementFormInput, options: { closeOpenSteps?: boolean; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const db = await getDb();
  const deliveries = await db.$transaction(async (tx) => {
    const { count } = await tx.goal.updateMany({
      where: { id: goalId, ownerId: actor.id, status: { not: "ACHIEVED" } },
      data: {
        status: "ACHIEVED",
        achievedAt: now,
        droppedAt: null,
        reflectionHard: reflection.reflectionHard || null,
        reflectionEasy: reflection.reflectionEasy || null,
        reflectionHelpers: reflection.reflectionHelpers || null,
        reflectionDifferently: reflection.reflectionDifferently || null,
      },
    });
    if (count === 0) throw new NotFoundError("That goal");
    if (options.closeOpenSteps) await tx.microGoal.updateMany({ where: { goalId, doneAt: null }, data: { doneAt: now } });
    return announceSharedAchievement(tx, actor, goalId, now);
  });
  for (const id of deliveries) await deliverSoon(id, now);
}

/** Saves the reflection on an already achieved goal without changing when it was achieved. */
export async function saveAchievementReflection(actor: SessionUser, goalId: string, reflection: AchievementFormInput): Promise<void> {
  const db = await getDb();
  const { count } = await db.goal.updateMany({
    where: { id: goalId, ownerId: actor.id, status: "ACHIEVED" },
    data: {
      reflectionHard: reflection.reflectionHard || null,
      reflectionEasy: reflection.reflectionEasy || null,
      reflectionHelpers: reflection.reflectionHelpers || null,
      reflectionDifferently: reflection.reflectionDifferently || null,
    },
  });
  if (count === 0) throw new NotFoundError("That achieved goal");
}

async function setStatus(actor: SessionUser, goalId: string, data: Prisma.GoalUpdateManyMutationInput) {
  const db = await getDb();
  const { count } = await db.goal.updateMany({ where: { id: goalId, ownerId: actor.id }, data });
  if (count === 0) throw new NotFoundError("That goal");
}
