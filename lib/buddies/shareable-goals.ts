// What the "What you share" form on /buddies needs: every ACTIVE goal of the actor's (bounded by
// MAX_ACTIVE_GOALS, so one query and no paging through a form that must list them all), and how
// many achieved goals are still shared (the form does not list them, and saving it leaves them be).
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { MAX_ACTIVE_GOALS } from "@/lib/goals/active-goal-limit";

export type ShareableGoals = { goals: { id: string; title: string; shared: boolean }[]; sharedAchieved: number };

export async function listShareableGoals(actor: SessionUser): Promise<ShareableGoals> {
  const db = await getDb();
  const [goals, sharedAchieved] = await Promise.all([
    db.goal.findMany({
      where: { ownerId: actor.id, status: "ACTIVE" },
      select: { id: true, title: true, visibility: true },
      orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
      take: MAX_ACTIVE_GOALS,
    }),
    db.goal.count({ where: { ownerId: actor.id, status: "ACHIEVED", visibility: "BUDDIES" } }),
  ]);
  return { goals: goals.map((goal) => ({ id: goal.id, title: goal.title, shared: goal.visibility === "BUDDIES" })), sharedAchieved };
}
