// How many ACTIVE goals one person may have at once. A career plan on three horizons is a handful
// of goals; the cap is far above that, and it is what keeps every page that shows all of a
// person's active goals (dashboard, timeline, the sharing form, a buddy's view, the calendar feed)
// bounded without paging a list people use as a whole. Achieved and dropped goals are not capped:
// they are listed a page at a time (/goals tabs, /achievements).
import type { DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { LimitReachedError } from "@/lib/errors";

export const MAX_ACTIVE_GOALS = 100;

export const activeGoalLimitMessage = `You have ${MAX_ACTIVE_GOALS} active goals, the most Stepwise keeps at once. Mark one achieved or drop it first.`;

/**
 * Inside a transaction: refuses when the actor already has the maximum number of active goals.
 * Locks the user row first so two goals created at the same moment cannot both take the last place.
 */
export async function assertRoomForActiveGoal(tx: DbClient, actor: SessionUser): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`;
  const active = await tx.goal.count({ where: { ownerId: actor.id, status: "ACTIVE" } });
  if (active >= MAX_ACTIVE_GOALS) throw new LimitReachedError(activeGoalLimitMessage, "title");
}
