// Micro-goals: the dated steps a goal breaks into. Every function checks the goal is the
// actor's; a micro-goal of someone else's goal is "not found".
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { toDbDate } from "@/lib/time/calendar-date";
import { assertOwnsGoal, owningGoalOfMicroGoal } from "./owned-goal";
import type { MicroGoalFormInput } from "./schemas";

export const MAX_MICRO_GOALS_PER_GOAL = 500;

// Keeps a goal page (which shows every step, for reordering) bounded.
export class TooManyMicroGoalsError extends LimitReachedError {
  constructor() {
    super(`A goal can have at most ${MAX_MICRO_GOALS_PER_GOAL} steps.`, "title");
  }
}

/** A step as written: the if-then fields may be left out (they are then left as they are). */
export type MicroGoalInput = Pick<MicroGoalFormInput, "title" | "actionPlan" | "deadline"> & Partial<Pick<MicroGoalFormInput, "obstacle" | "ifThenPlan" | "cueWeekday" | "cueTime">>;

function columns(input: MicroGoalInput) {
  return {
    title: input.title,
    actionPlan: input.actionPlan,
    deadline: input.deadline ? toDbDate(input.deadline) : null,
    obstacle: input.obstacle,
    ifThenPlan: input.ifThenPlan,
    cueWeekday: input.cueWeekday,
    cueMinute: input.cueTime,
  };
}

// A buddy's approval or question is about the plan they read: a rewritten plan asks afresh.
const CLEARED_REVIEW = { planReview: null, planQuestion: null, planAnswer: null, planReviewedAt: null, planReviewedById: null } as const;

export async function addMicroGoal(actor: SessionUser, goalId: string, input: MicroGoalInput): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertOwnsGoal(tx, actor, goalId);
    // Lock the goal row so two concurrent adds cannot take the same position.
    await tx.$queryRaw`SELECT 1 FROM "Goal" WHERE "id" = ${goalId}::uuid FOR UPDATE`;
    const { _max, _count } = await tx.microGoal.aggregate({ where: { goalId }, _max: { position: true }, _count: true });
    if (_count >= MAX_MICRO_GOALS_PER_GOAL) throw new TooManyMicroGoalsError();
    return tx.microGoal.create({ data: { goalId, ...columns(input), position: (_max.position ?? -1) + 1 }, select: { id: true } });
  });
}

export async function updateMicroGoal(actor: SessionUser, microGoalId: string, input: MicroGoalInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const current = await tx.microGoal.findFirst({ where: { id: microGoalId, goal: { ownerId: actor.id } }, select: { obstacle: true, ifThenPlan: true } });
    if (!current) throw new NotFoundError("That step");
    // The same form saves the title and date: only new words in the plan clear the buddy's review.
    const planChanged = (input.ifThenPlan ?? current.ifThenPlan) !== current.ifThenPlan || (input.obstacle ?? current.obstacle) !== current.obstacle;
    await tx.microGoal.update({ where: { id: microGoalId }, data: { ...columns(input), ...(planChanged ? CLEARED_REVIEW : {}) } });
  });
}

export async function setMicroGoalDone(actor: SessionUser, microGoalId: string, done: boolean): Promise<void> {
  const db = await getDb();
  const { count } = await db.microGoal.updateMany({
    where: { id: microGoalId, goal: { ownerId: actor.id } },
    data: { doneAt: done ? new Date() : null },
  });
  if (count === 0) throw new NotFoundError("That step");
}

export async function deleteMicroGoal(actor: SessionUser, microGoalId: string): Promise<void> {
  const db = await getDb();
  const { count } = await db.microGoal.deleteMany({ where: { id: microGoalId, goal: { ownerId: actor.id } } });
  if (count === 0) throw new NotFoundError("That step");
}

/** Moves a step one place up or down (keyboard reordering). */
export async function moveMicroGoal(actor: SessionUser, microGoalId: string, direction: "up" | "down"): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const goalId = await owningGoalOfMicroGoal(tx, actor, microGoalId);
    const order = await tx.microGoal.findMany({ where: { goalId }, select: { id: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const ids = order.map((row) => row.id);
    const from = ids.indexOf(microGoalId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    await writeOrder(tx, goalId, ids);
  });
}

/** Sets the full order of a goal's steps (drag and drop). The ids must be exactly the goal's steps. */
export async function reorderMicroGoals(actor: SessionUser, goalId: string, orderedIds: string[]): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await assertOwnsGoal(tx, actor, goalId);
    const current = await tx.microGoal.findMany({ where: { goalId }, select: { id: true } });
    const known = new Set(current.map((row) => row.id));
    if (orderedIds.length !== known.size || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => known.has(id))) {
      throw new NotFoundError("Those steps");
    }
    await writeOrder(tx, goalId, orderedIds);
  });
}

async function writeOrder(tx: DbClient, goalId: string, ids: string[]) {
  // One statement: positions from the array index.
  await tx.$executeRaw`
    UPDATE "MicroGoal" AS m SET "position" = o.position - 1, "updatedAt" = now()
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, position)
    WHERE m."id" = o.id AND m."goalId" = ${goalId}::uuid`;
}
