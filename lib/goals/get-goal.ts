import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { IdSchema } from "./schemas";
import { goalSelect, microGoalSelect, progressOf, toGoalDto, toMicroGoalDto, type GoalDto, type MicroGoalDto } from "./goal-dto";
import type { GoalProgress } from "./progress";
import { THREAD_MAX_ENTRIES } from "@/lib/buddies/rules";
import { MAX_MICRO_GOALS_PER_GOAL } from "./micro-goals";
import { newestFirst, olderThan, toPage, type Cursor } from "@/lib/pagination/keyset";

export const CHECK_IN_PAGE_SIZE = 20;

export type CheckInComment = { id: string; kind: "COMMENT" | "CHEER"; body: string; authorName: string; mine: boolean; createdAt: Date };
export type CheckInDto = { id: string; note: string; progressValue: number | null; comeback: boolean; createdAt: Date; authorName: string; comments: CheckInComment[] };

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
 * adding) and one page of check-ins, newest first, in one round trip. `checkInsBefore` is the
 * previous page's `olderCheckIns`.
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
        select: {
          id: true,
          note: true,
          progressValue: true,
          comeback: true,
          createdAt: true,
          author: { select: { name: true } },
          comments: { select: { id: true, kind: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: THREAD_MAX_ENTRIES },
        },
        orderBy: newestFirst("createdAt"),
        take: CHECK_IN_PAGE_SIZE + 1,
      },
    },
  });
  if (!row) throw new NotFoundError("That goal");
  const { microGoals, checkIns, ...goalRow } = row;
  const goal = toGoalDto(goalRow);
  const microGoalDtos = microGoals.map(toMicroGoalDto);
  const checkInPage = toPage(checkIns, CHECK_IN_PAGE_SIZE, (checkIn) => checkIn.createdAt);
  return {
    goal,
    microGoals: microGoalDtos,
    progress: progressOf(goal, microGoalDtos),
    checkIns: checkInPage.items.map((checkIn) => ({
      id: checkIn.id,
      note: checkIn.note,
      progressValue: checkIn.progressValue?.toNumber() ?? null,
      comeback: checkIn.comeback,
      createdAt: checkIn.createdAt,
      authorName: checkIn.author.name,
      comments: checkIn.comments.map((comment) => ({
        id: comment.id,
        kind: comment.kind,
        body: comment.body,
        authorName: comment.author.name,
        mine: comment.authorId === actor.id,
        createdAt: comment.createdAt,
      })),
    })),
    hasMoreCheckIns: checkInPage.next !== null,
    olderCheckIns: checkInPage.next,
    canReplyToBuddies:
      goal.visibility === "BUDDIES" &&
      (await db.buddyPairing.count({ where: { status: "ACTIVE", OR: [{ userAId: actor.id }, { userBId: actor.id }] } })) > 0,
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
