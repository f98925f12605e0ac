import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { GoalStatus } from "@/lib/db/generated/enums";
import { goalSelect, toGoalDto, type GoalDto } from "./goal-dto";

export const GOAL_PAGE_SIZE = 50;

/** The actor's goals with a given status, a page at a time (newest deadline last). */
export async function listGoals(actor: SessionUser, options: { status: GoalStatus; page?: number }): Promise<{ goals: GoalDto[]; hasMore: boolean }> {
  const db = await getDb();
  const page = Math.max(0, options.page ?? 0);
  const rows = await db.goal.findMany({
    where: { ownerId: actor.id, status: options.status },
    select: goalSelect,
    orderBy: options.status === "ACHIEVED" ? [{ achievedAt: "desc" }] : [{ deadline: "asc" }, { createdAt: "asc" }],
    skip: page * GOAL_PAGE_SIZE,
    take: GOAL_PAGE_SIZE + 1,
  });
  return { goals: rows.slice(0, GOAL_PAGE_SIZE).map(toGoalDto), hasMore: rows.length > GOAL_PAGE_SIZE };
}
