import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { IdSchema } from "./schemas";
import { goalSelect, microGoalSelect, progressOf, toGoalDto, toMicroGoalDto, type GoalDto, type MicroGoalDto } from "./goal-dto";
import type { GoalProgress } from "./progress";
import type { ChartCheckIn } from "./progress-chart";
import { checkInThreadSelect, toCheckInThread, type CheckInComment, type CheckInThread } from "./check-in-thread";
import { MAX_MICRO_GOALS_PER_GOAL } from "./micro-goals";
import { newestFirst, olderThan, toPage, type Cursor } from "@/lib/pagination/keyset";

export const CHECK_IN_PAGE_SIZE = 20;

export type { CheckInComment };
export type CheckInDto = CheckInThread & { authorName: string };

export type GoalDetail = {
  goal: GoalDto;
  microGoals: MicroGoalDto[];
  progress: GoalProgress;
  checkIns: CheckInDto[];
  hasMoreCheckIns: boolean;
  /** Cursor of the next, older page of check-ins; null on the last page. */
  olderCheckIns: Cursor | null;
  /** Whether the owner can reply to buddies here: the goal is shared and they have a buddy. */
  canReplyToBuddies: boolean;
};

/**
 * A goal of the actor's with its micro-goals (at most MAX_MICRO_GOALS_PER_GOAL, enforced when
 * adding), one page of check-ins, newest first, and whether the owner has a buddy: one SQL
 * statement (relation joins), so one round trip. `checkInsBefore` is the previous page's
 * `olderCheckIns`.
 */
export async function getGoalDetail(actor: SessionUser, goalId: string, options: { checkInsBefore?: Cursor } = {}): Promise<GoalDetail> {
  if (!IdSchema.safeParse(goalId).success) throw new NotFoundError("That goal");
  const db = await getDb();
  const row = await db.goal.findFirst({
    where: { id: goalId, ownerId: actor.id },
    select: {
      ...goalSelect,
      microGoals: { select: microGoalSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }], take: MAX_MICRO_GOALS_PER_GOAL },
      checkIns: {
        where: olderThan("createdAt", options.checkInsBefore),
        select: { ...checkInThreadSelect, author: { select: { name: true } } },
        orderBy: newestFirst("createdAt"),
        take: CHECK_IN_PAGE_SIZE + 1,
      },
      // Whether the owner has an active buddy, in the same statement (it was a second query after this one).
      owner: { select: { _count: { select: { pairingsAsA: { where: { status: "ACTIVE" } }, pairingsAsB: { where: { status: "ACTIVE" } } } } } },
    },
  });
  if (!row) throw new NotFoundError("That goal");
  const { microGoals, checkIns, owner, ...goalRow } = row;
  const goal = toGoalDto(goalRow);
  const microGoalDtos = microGoals.map(toMicroGoalDto);
  const checkInPage = toPage(checkIns, CHECK_IN_PAGE_SIZE, (checkIn) => checkIn.createdAt);
  return {
    goal,
    microGoals: microGoalDtos,
    progress: progressOf(goal, microGoalDtos),
    checkIns: checkInPage.items.map((checkIn) => ({ ...toCheckInThread(checkIn, actor.id), authorName: checkIn.author.name })),
    hasMoreCheckIns: checkInPage.next !== null,
    olderCheckIns: checkInPage.next,
    canReplyToBuddies: goal.visibility === "BUDDIES" && owner._count.pairingsAsA + owner._count.pairingsAsB > 0,
  };
}

/**
 * The newest page of a goal's check-ins as the progress chart needs them (time and value), for
 * the goal page while its history shows an older page: one small statement instead of loading
 * the whole goal a second time. Empty for a goal that is not the actor's.
 */
export async function listNewestCheckInValues(actor: SessionUser, goalId: string): Promise<{ checkIns: ChartCheckIn[]; hasMore: boolean }> {
  if (!IdSchema.safeParse(goalId).success) return { checkIns: [], hasMore: false };
  const db = await getDb();
  const rows = await db.checkIn.findMany({
    where: { goal: { id: goalId, ownerId: actor.id } },
    select: { id: true, createdAt: true, progressValue: true },
    orderBy: newestFirst("createdAt"),
    take: CHECK_IN_PAGE_SIZE + 1,
  });
  const page = toPage(rows, CHECK_IN_PAGE_SIZE, (checkIn) => checkIn.createdAt);
  return {
    checkIns: page.items.map((checkIn) => ({ createdAt: checkIn.createdAt, progressValue: checkIn.progressValue?.toNumber() ?? null })),
    hasMore: page.next !== null,
  };
}

/** Just the goal, for forms that edit it. */
export async function getGoal(actor: SessionUser, goalId: string): Promise<GoalDto> {
  if (!IdSchema.safeParse(goalId).success) throw new NotFoundError("That goal");
  const db = await getDb();
  const row = await db.goal.findFirst({ where: { id: goalId, ownerId: actor.id }, select: goalSelect });
  if (!row) throw new NotFoundError("That goal");
  return toGoalDto(row);
}
