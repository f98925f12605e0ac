// Everything the dashboard shows, in a fixed number of queries whatever the number of goals
// (active goals with step counts, done-step counts, upcoming/overdue steps, recent check-ins,
// goal counts by status). Every list is bounded: active goals by MAX_ACTIVE_GOALS (enforced when
// a goal is created or reactivated), the rest by a `take`. Achieved goals are counted, not listed:
// they grow without end and have their own paged page (/achievements).
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { addDays, fromDbDate, todayIn, toDbDate } from "@/lib/time/calendar-date";
import { goalSelect, toGoalDto, type GoalDto } from "./goal-dto";
import { deadlineStatus, type DeadlineStatus, type GoalProgress } from "./progress";
import { progressFromCounts } from "./progress-counts";
import { MAX_ACTIVE_GOALS } from "./active-goal-limit";

const DUE_ITEM_LIMIT = 50;
const RECENT_CHECK_IN_LIMIT = 5;

export type DashboardGoal = GoalDto & { progress: GoalProgress; deadlineStatus: DeadlineStatus };
export type DueItem = {
  kind: "goal" | "micro-goal";
  id: string;
  goalId: string;
  title: string;
  goalTitle: string;
  deadline: string;
  status: DeadlineStatus;
};
export type Dashboard = {
  today: string;
  goalsByHorizon: Record<1 | 5 | 10, DashboardGoal[]>;
  overdue: DueItem[];
  dueThisWeek: DueItem[];
  dueThisMonth: DueItem[];
  recentCheckIns: { id: string; goalId: string; goalTitle: string; note: string; createdAt: Date }[];
  counts: { active: number; achieved: number };
};

export async function getDashboard(actor: SessionUser, now = new Date()): Promise<Dashboard> {
  const db = await getDb();
  const today = todayIn(actor.timeZone, now);
  const monthEnd = toDbDate(addDays(today, 30));

  const [goalRows, doneCounts, dueSteps, recentCheckIns, statusCounts] = await Promise.all([
    db.goal.findMany({
      where: { ownerId: actor.id, status: "ACTIVE" },
      select: { ...goalSelect, _count: { select: { microGoals: true } } },
      orderBy: { deadline: "asc" },
      take: MAX_ACTIVE_GOALS,
    }),
    db.microGoal.groupBy({
      by: ["goalId"],
      where: { goal: { ownerId: actor.id, status: "ACTIVE" }, doneAt: { not: null } },
      _count: { _all: true },
    }),
    db.microGoal.findMany({
      where: { goal: { ownerId: actor.id, status: "ACTIVE" }, doneAt: null, deadline: { lte: monthEnd } },
      select: { id: true, goalId: true, title: true, deadline: true, goal: { select: { title: true } } },
      orderBy: { deadline: "asc" },
      take: DUE_ITEM_LIMIT,
    }),
    db.checkIn.findMany({
      where: { goal: { ownerId: actor.id } },
      select: { id: true, goalId: true, note: true, createdAt: true, goal: { select: { title: true } } },
      orderBy: { createdAt: "desc" },
      take: RECENT_CHECK_IN_LIMIT,
    }),
    db.goal.groupBy({ by: ["status"], where: { ownerId: actor.id }, _count: { _all: true } }),
  ]);

  const doneByGoal = new Map(doneCounts.map((row) => [row.goalId, row._count._all]));
  const goalsByHorizon: Dashboard["goalsByHorizon"] = { 1: [], 5: [], 10: [] };
  const dueItems: DueItem[] = [];
  for (const { _count, ...row } of goalRows) {
    const goal = toGoalDto(row);
    const done = doneByGoal.get(goal.id) ?? 0;
    const progress = progressFromCounts(goal, done, _count.microGoals);
    const status = deadlineStatus(goal.deadline, today, false);
    goalsByHorizon[goal.horizonYears].push({ ...goal, progress, deadlineStatus: status });
    if (status === "overdue" || status === "due-this-week" || status === "due-this-month") {
      dueItems.push({ kind: "goal", id: goal.id, goalId: goal.id, title: goal.title, goalTitle: goal.title, deadline: goal.deadline, status });
    }
  }
  for (const step of dueSteps) {
    if (!step.deadline) continue;
    const deadline = fromDbDate(step.deadline);
    dueItems.push({
      kind: "micro-goal",
      id: step.id,
      goalId: step.goalId,
      title: step.title,
      goalTitle: step.goal.title,
      deadline,
      status: deadlineStatus(deadline, today, false),
    });
  }
  dueItems.sort((a, b) => a.deadline.localeCompare(b.deadline));

  return {
    today,
    goalsByHorizon,
    overdue: dueItems.filter((item) => item.status === "overdue"),
    dueThisWeek: dueItems.filter((item) => item.status === "due-this-week"),
    dueThisMonth: dueItems.filter((item) => item.status === "due-this-month"),
    recentCheckIns: recentCheckIns.map((checkIn) => ({
      id: checkIn.id,
      goalId: checkIn.goalId,
      goalTitle: checkIn.goal.title,
      note: checkIn.note,
      createdAt: checkIn.createdAt,
    })),
    counts: {
      active: statusCounts.find((row) => row.status === "ACTIVE")?._count._all ?? 0,
      achieved: statusCounts.find((row) => row.status === "ACHIEVED")?._count._all ?? 0,
    },
  };
}
