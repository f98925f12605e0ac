import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { GoalStatus } from "@/lib/db/generated/enums";
import { goalSelect, toGoalDto, type GoalDto } from "./goal-dto";
import { doneStepCounts, progressFromCounts } from "./progress-counts";
import type { GoalProgress } from "./progress";

export const GOAL_PAGE_SIZE = 50;

export type GoalListItem = GoalDto & { progress: GoalProgress };

/**
 * The actor's goals with a given status, a page at a time, with progress (two queries). Pages
 * are by offset: ACTIVE goals are capped (MAX_ACTIVE_GOALS, two pages at most) and achieved or
 * dropped ones are a person's own history, hundreds at the very most, so the skipped rows cost
 * nothing measurable; the id makes the order total, so no goal repeats or drops out between pages.
 */
export async function listGoals(actor: SessionUser, options: { status: GoalStatus; page?: number }): Promise<{ goals: GoalListItem[]; hasMore: boolean }> {
  const db = await getDb();
  const page = Math.max(0, Math.floor(options.page ?? 0));
  const rows = await db.goal.findMany({
    where: { ownerId: actor.id, status: options.status },
    select: { ...goalSelect, _count: { select: { microGoals: true } } },
    orderBy: options.status === "ACHIEVED" ? [{ achievedAt: "desc" }, { id: "asc" }] : [{ deadline: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: page * GOAL_PAGE_SIZE,
    take: GOAL_PAGE_SIZE + 1,
  });
  const shown = rows.slice(0, GOAL_PAGE_SIZE);
  const done = await doneStepCounts(
    db,
    shown.map((row) => row.id),
  );
  return {
    goals: shown.map(({ _count, ...row }) => {
      const goal = toGoalDto(row);
      return { ...goal, progress: progressFromCounts(goal, done.get(goal.id) ?? 0, _count.microGoals) };
    }),
    hasMore: rows.length > GOAL_PAGE_SIZE,
  };
}
