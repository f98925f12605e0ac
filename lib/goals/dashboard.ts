// Everything the dashboard shows, in a fixed number of queries whatever the number of goals
// (active goals with step counts, done-step counts, upcoming/overdue steps, recent check-ins,
// goal counts by status). Every list is bounded: active goals by MAX_ACTIVE_GOALS (enforced when
// a goal is created or reactivated), the rest by a `take`. Achieved goals are counted, not listed:
// they grow without end and have their own paged page (/achievements).
// The due lists are a summary: each shows its first DUE_PREVIEW_LIMIT items and its true count;
// one list at a time can be asked for in full (`expand`), up to DUE_EXPANDED_LIMIT items.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { addDays, todayIn, toDbDate } from "@/lib/time/calendar-date";
import { goalSelect, toGoalDto, type GoalDto } from "./goal-dto";
import { deadlineStatus, type DeadlineStatus, type GoalProgress } from "./progress";
import { progressFromCounts } from "./progress-counts";
import { MAX_ACTIVE_GOALS } from "./active-goal-limit";
import type { Horizon } from "./horizon";
import { CHECK_IN_NUDGE_DAYS } from "./comeback";

export const DUE_PREVIEW_LIMIT = 3;
export const DUE_EXPANDED_LIMIT = 200;
const RECENT_CHECK_IN_LIMIT = 3;

/**
 * What to do next for one active goal: its next open step (by the plan's order), a first step
 * when it has none, the last step done; and a check-in when the last one is old.
 */
export type NextAction = { kind: "first-step" } | { kind: "step"; title: string; deadline: string | null; status: DeadlineStatus | null } | { kind: "all-steps-done" };
export type DashboardGoal = GoalDto & {
  progress: GoalProgress;
  deadlineStatus: DeadlineStatus;
  next: NextAction;
  /** Days since the last check-in, or since the goal was set when there is none; null while recent. */
  checkInDueDays: number | null;
  hasCheckedIn: boolean;
};
export type DueItem = {
  kind: "goal" | "micro-goal";
  id: string;
  goalId: string;
  title: string;
  goalTitle: string;
  deadline: string;
  status: DeadlineStatus;
};
export const DUE_LISTS = ["overdue", "due-this-week", "due-this-month"] as const;
export type DueListKey = (typeof DUE_LISTS)[number];
/** The first items of one due list (steps and goals by deadline) and how many there are in all. */
export type DueList = { items: DueItem[]; total: number };
export type Dashboard = {
  today: string;
  goalsByHorizon: Record<Horizon, DashboardGoal[]>;
  due: Record<DueListKey, DueList>;
  recentCheckIns: { id: string; goalId: string; goalTitle: string; note: string; createdAt: Date }[];
  counts: { active: number; achieved: number };
};

/** A goal unattended this long gets "check in" as part of its next action (and a check-in after it is a comeback). */
export { CHECK_IN_NUDGE_DAYS };

type GoalStateRow = { goalId: string; done: number; nextTitle: string | null; nextDeadline: string | null; lastCheckInAt: Date | null };

type DueStepRow = { id: string; goalId: string; title: string; goalTitle: string; deadline: string; bucket: DueListKey; bucketTotal: number };

export async function getDashboard(actor: SessionUser, now = new Date(), options: { expand?: DueListKey } = {}): Promise<Dashboard> {
  const db = await getDb();
  const today = todayIn(actor.timeZone, now);
  const weekEnd = toDbDate(addDays(today, 7));
  const monthEnd = toDbDate(addDays(today, 30));
  const expand = options.expand ?? "";

  const [goalRows, goalStates, dueSteps, recentCheckIns, statusCounts] = await Promise.all([
    db.goal.findMany({
      where: { ownerId: actor.id, status: "ACTIVE" },
      select: { ...goalSelect, _count: { select: { microGoals: true } } },
      orderBy: { deadline: "asc" },
      take: MAX_ACTIVE_GOALS,
    }),
    // Per active goal: steps done, the next open step in the plan's order, the last check-in.
    db.$queryRaw<GoalStateRow[]>`
      SELECT g."id" AS "goalId",
        (SELECT count(*)::int FROM "MicroGoal" d WHERE d."goalId" = g."id" AND d."doneAt" IS NOT NULL) AS "done",
        n."title" AS "nextTitle", to_char(n."deadline", 'YYYY-MM-DD') AS "nextDeadline",
        (SELECT max(c."createdAt") FROM "CheckIn" c WHERE c."goalId" = g."id") AS "lastCheckInAt"
      FROM "Goal" g
      LEFT JOIN LATERAL (
        SELECT m."title", m."deadline" FROM "MicroGoal" m WHERE m."goalId" = g."id" AND m."doneAt" IS NULL ORDER BY m."position", m."createdAt" LIMIT 1
      ) AS n ON true
      WHERE g."ownerId" = ${actor.id}::uuid AND g."status" = 'ACTIVE'
      LIMIT ${MAX_ACTIVE_GOALS}::int`,
    // Open dated steps due within the month, per list: the first few by deadline and the count of all.
    db.$queryRaw<DueStepRow[]>`
      SELECT "id", "goalId", "title", "goalTitle", to_char("deadline", 'YYYY-MM-DD') AS "deadline", "bucket", "bucketTotal"::int AS "bucketTotal"
      FROM (
        SELECT *, row_number() OVER (PARTITION BY "bucket" ORDER BY "deadline", "id") AS "rank", count(*) OVER (PARTITION BY "bucket") AS "bucketTotal"
        FROM (
          SELECT m."id", m."goalId", m."title", g."title" AS "goalTitle", m."deadline",
            CASE WHEN m."deadline" < ${toDbDate(today)}::date THEN 'overdue' WHEN m."deadline" < ${weekEnd}::date THEN 'due-this-week' ELSE 'due-this-month' END AS "bucket"
          FROM "MicroGoal" m JOIN "Goal" g ON g."id" = m."goalId"
          WHERE g."ownerId" = ${actor.id}::uuid AND g."status" = 'ACTIVE' AND m."doneAt" IS NULL AND m."deadline" <= ${monthEnd}::date
        ) AS "due"
      ) AS "ranked"
      WHERE "rank" <= CASE WHEN "bucket" = ${expand}::text THEN ${DUE_EXPANDED_LIMIT}::int ELSE ${DUE_PREVIEW_LIMIT}::int END
      ORDER BY "deadline", "id"`,
    db.checkIn.findMany({
      where: { goal: { ownerId: actor.id } },
      select: { id: true, goalId: true, note: true, createdAt: true, goal: { select: { title: true } } },
      orderBy: { createdAt: "desc" },
      take: RECENT_CHECK_IN_LIMIT,
    }),
    db.goal.groupBy({ by: ["status"], where: { ownerId: actor.id }, _count: { _all: true } }),
  ]);

  const stateByGoal = new Map(goalStates.map((row) => [row.goalId, row]));
  const goalsByHorizon: Dashboard["goalsByHorizon"] = { 1: [], 5: [], 10: [] };
  const due: Dashboard["due"] = { overdue: { items: [], total: 0 }, "due-this-week": { items: [], total: 0 }, "due-this-month": { items: [], total: 0 } };
  for (const { _count, ...row } of goalRows) {
    const goal = toGoalDto(row);
    const state = stateByGoal.get(goal.id);
    const done = state?.done ?? 0;
    const progress = progressFromCounts(goal, done, _count.microGoals);
    const status = deadlineStatus(goal.deadline, today, false);
    const next: NextAction = _count.microGoals === 0 ? { kind: "first-step" } : state?.nextTitle ? { kind: "step", title: state.nextTitle, deadline: state.nextDeadline, status: state.nextDeadline ? deadlineStatus(state.nextDeadline, today, false) : null } : { kind: "all-steps-done" };
    const quietSince = state?.lastCheckInAt ?? goal.createdAt;
    const quietDays = Math.floor((now.getTime() - quietSince.getTime()) / 86_400_000);
    goalsByHorizon[goal.horizonYears].push({ ...goal, progress, deadlineStatus: status, next, checkInDueDays: quietDays >= CHECK_IN_NUDGE_DAYS ? quietDays : null, hasCheckedIn: Boolean(state?.lastCheckInAt) });
    if (status === "overdue" || status === "due-this-week" || status === "due-this-month") {
      due[status].items.push({ kind: "goal", id: goal.id, goalId: goal.id, title: goal.title, goalTitle: goal.title, deadline: goal.deadline, status });
      due[status].total += 1;
    }
  }
  const countedBuckets = new Set<DueListKey>();
  for (const step of dueSteps) {
    const list = due[step.bucket];
    if (!countedBuckets.has(step.bucket)) {
      countedBuckets.add(step.bucket);
      list.total += step.bucketTotal;
    }
    list.items.push({ kind: "micro-goal", id: step.id, goalId: step.goalId, title: step.title, goalTitle: step.goalTitle, deadline: step.deadline, status: step.bucket });
  }
  for (const key of DUE_LISTS) {
    // Goals and steps merged by deadline (stable: goals first on the same day), then cut to the list's length.
    due[key].items.sort((a, b) => a.deadline.localeCompare(b.deadline));
    due[key].items = due[key].items.slice(0, key === expand ? DUE_EXPANDED_LIMIT : DUE_PREVIEW_LIMIT);
  }

  return {
    today,
    goalsByHorizon,
    due,
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
