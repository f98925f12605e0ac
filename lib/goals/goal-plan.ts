// A goal as a one-page plan to print and put on the wall: the statement, its SMART parts, the
// steps with their dates and action plans, the reward, who keeps the goal with you and when you
// next review it together. And the overview: every active goal by horizon with its next step.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { activePairingWhere } from "@/lib/buddies/active-pairings";
import { fromDbDate } from "@/lib/time/calendar-date";
import { IdSchema } from "./schemas";
import { goalSelect, microGoalSelect, toGoalDto, toMicroGoalDto, type GoalDto, type MicroGoalDto } from "./goal-dto";
import { MAX_MICRO_GOALS_PER_GOAL } from "./micro-goals";
import { MAX_ACTIVE_GOALS } from "./active-goal-limit";
import { storedHorizon, type Horizon } from "./horizon";
import { activeGoalsOf, GOAL_OUTLINE_SELECT } from "./goal-outline";

export type GoalPlan = {
  goal: GoalDto;
  steps: MicroGoalDto[];
  /** First names of the buddies who see this goal (none when it is private). */
  buddies: string[];
  /** The next scheduled review with a buddy who sees this goal. */
  nextReview: { startsAt: Date; buddyName: string } | null;
};

export async function getGoalPlan(actor: SessionUser, goalId: string, now = new Date()): Promise<GoalPlan> {
  if (!IdSchema.safeParse(goalId).success) throw new NotFoundError("That goal");
  const db = await getDb();
  const row = await db.goal.findFirst({
    where: { id: goalId, ownerId: actor.id },
    select: { ...goalSelect, microGoals: { select: microGoalSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }], take: MAX_MICRO_GOALS_PER_GOAL } },
  });
  if (!row) throw new NotFoundError("That goal");
  const { microGoals, ...goalRow } = row;
  const goal = toGoalDto(goalRow);
  if (goal.visibility !== "BUDDIES") return { goal, steps: microGoals.map(toMicroGoalDto), buddies: [], nextReview: null };

  const pairings = await db.buddyPairing.findMany({
    where: activePairingWhere(actor.id),
    select: {
      userAId: true,
      userA: { select: { name: true } },
      userB: { select: { name: true } },
      reviewSessions: { where: { status: "SCHEDULED", startsAt: { gte: now } }, select: { startsAt: true }, orderBy: { startsAt: "asc" }, take: 1 },
    },
    orderBy: { startedAt: "asc" },
  });
  const buddies = pairings.map((pairing) => ({ name: pairing.userAId === actor.id ? pairing.userB.name : pairing.userA.name, review: pairing.reviewSessions[0]?.startsAt ?? null }));
  const nextReview = buddies
    .filter((buddy): buddy is { name: string; review: Date } => buddy.review !== null)
    .sort((a, b) => a.review.getTime() - b.review.getTime())
    .map((buddy) => ({ startsAt: buddy.review, buddyName: buddy.name }))[0];
  return { goal, steps: microGoals.map(toMicroGoalDto), buddies: buddies.map((buddy) => buddy.name), nextReview: nextReview ?? null };
}

export type PlanOverviewGoal = { id: string; title: string; horizonYears: Horizon; deadline: string; reward: string | null; nextStep: { title: string; deadline: string | null } | null; openSteps: number };

/** Every active goal of the actor's, by horizon then deadline, with its next open step. */
export async function listPlanOverview(actor: SessionUser): Promise<PlanOverviewGoal[]> {
  const db = await getDb();
  const rows = await db.goal.findMany({
    where: activeGoalsOf(actor),
    select: {
      ...GOAL_OUTLINE_SELECT,
      reward: true,
      microGoals: { where: { doneAt: null }, select: { title: true, deadline: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], take: 1 },
      _count: { select: { microGoals: { where: { doneAt: null } } } },
    },
    orderBy: [{ horizonYears: "asc" }, { deadline: "asc" }, { createdAt: "asc" }],
    take: MAX_ACTIVE_GOALS,
  });
  return rows.map((row) => {
    const next = row.microGoals[0];
    return {
      id: row.id,
      title: row.title,
      horizonYears: storedHorizon(row.horizonYears),
      deadline: fromDbDate(row.deadline),
      reward: row.reward,
      nextStep: next ? { title: next.title, deadline: next.deadline ? fromDbDate(next.deadline) : null } : null,
      openSteps: row._count.microGoals,
    };
  });
}
