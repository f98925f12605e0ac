import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { fromDbDate, todayIn } from "@/lib/time/calendar-date";
import { layoutTimeline, type TimelineLayout } from "./timeline";
import { storedHorizon } from "./horizon";
import { activeGoalsOf, GOAL_OUTLINE_SELECT } from "./goal-outline";

const TIMELINE_GOAL_LIMIT = 100;
const STEPS_PER_GOAL = 50;

/** The actor's active goals and their dated steps, laid out on the timeline (one query). */
export async function getTimeline(actor: SessionUser, now = new Date()): Promise<{ today: string; layout: TimelineLayout; truncated: boolean }> {
  const db = await getDb();
  const today = todayIn(actor.timeZone, now);
  const goals = await db.goal.findMany({
    where: activeGoalsOf(actor),
    select: {
      ...GOAL_OUTLINE_SELECT,
      microGoals: { where: { deadline: { not: null } }, select: { id: true, title: true, deadline: true, doneAt: true }, orderBy: { deadline: "asc" }, take: STEPS_PER_GOAL },
    },
    orderBy: { deadline: "asc" },
    take: TIMELINE_GOAL_LIMIT + 1,
  });
  const layout = layoutTimeline(
    goals.slice(0, TIMELINE_GOAL_LIMIT).map((goal) => ({
      id: goal.id,
      title: goal.title,
      horizonYears: storedHorizon(goal.horizonYears),
      deadline: fromDbDate(goal.deadline),
      microGoals: goal.microGoals.map((step) => ({ id: step.id, title: step.title, deadline: step.deadline ? fromDbDate(step.deadline) : null, done: step.doneAt !== null })),
    })),
    today,
  );
  return { today, layout, truncated: goals.length > TIMELINE_GOAL_LIMIT };
}
