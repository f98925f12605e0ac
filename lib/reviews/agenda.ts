// The agenda of a review session: both people's shared goals, grouped by person, each with how
// far it came since the last review, what was achieved, what is overdue, what is due in the
// next three months, and the decision recorded so far. Read in two queries whatever the
// number of goals (goals with their steps and check-ins through JOINs, values at the last
// review in one DISTINCT ON query, and the session).
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { goalProgress, type GoalProgress } from "@/lib/goals/progress";
import { addMonths } from "@/lib/time/calendar-math";
import { fromDbDate, todayIn } from "@/lib/time/calendar-date";
import { authorizeReviewSession } from "./authorize-review";
import { agendaGoalWhere, decisionSelect, reviewSince, toDecisionDto, type DecisionDto } from "./review-dto";
import { allowedDecisions, undoDecision, type GoalStatus } from "./decision-effects";
import type { DecisionKind } from "./schemas";

export const AGENDA_GOAL_LIMIT = 200;

export type AgendaGoal = {
  id: string;
  title: string;
  status: GoalStatus;
  deadline: string;
  targetValue: number | null;
  currentValue: number | null;
  measureUnit: string | null;
  progressNow: GoalProgress;
  /** Null when the goal was set after the last review. */
  progressAtLastReview: GoalProgress | null;
  checkInsSince: number;
  latestCheckIn: { note: string; createdAt: string } | null;
  achievedSinceLastReview: boolean;
  droppedSinceLastReview: boolean;
  overdue: boolean;
  dueNextQuarter: boolean;
  /** What may be decided (only "keep" for a goal already achieved or dropped before the review). */
  allowed: DecisionKind[];
  decision: DecisionDto | null;
};

export type AgendaPerson = { id: string; name: string; isMe: boolean; goals: AgendaGoal[] };

export type ReviewAgenda = {
  session: {
    id: string;
    pairingId: string;
    status: "SCHEDULED" | "COMPLETED" | "CANCELLED";
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    sequence: number;
    notes: string;
    notesVersion: number;
    completedAt: Date | null;
    completedById: string | null;
    completedByName: string | null;
  };
  buddy: { id: string; name: string; timeZone: string };
  since: Date;
  today: string;
  people: AgendaPerson[];
};

export async function getReviewAgenda(actor: SessionUser, sessionId: string, now = new Date()): Promise<ReviewAgenda> {
  const db = await getDb();
  const grant = await authorizeReviewSession(db, actor, sessionId);
  const [session, buddy] = await Promise.all([db.reviewSession.findUniqueOrThrow({ where: { id: grant.session.id }, select: { notes: true, notesVersion: true, completedAt: true, completedById: true } }), db.user.findUniqueOrThrow({ where: { id: grant.buddy.id }, select: { id: true, name: true, timeZone: true } })]);
  const since = await reviewSince(db, grant.session);
  const people = [
    { id: actor.id, name: actor.name },
    { id: buddy.id, name: buddy.name },
  ];
  const where = grant.session.status === "SCHEDULED" ? agendaGoalWhere([actor.id, buddy.id], since, grant.session.id) : { ownerId: { in: [actor.id, buddy.id] }, visibility: "BUDDIES" as const, reviewDecisions: { some: { sessionId: grant.session.id } } };
  const goals = await db.goal.findMany({
    where,
    select: {
      id: true,
      ownerId: true,
      title: true,
      status: true,
      deadline: true,
      baselineValue: true,
      targetValue: true,
      currentValue: true,
      measureUnit: true,
      achievedAt: true,
      droppedAt: true,
      createdAt: true,
      microGoals: { select: { createdAt: true, doneAt: true }, take: 500 },
      checkIns: { where: { createdAt: { gt: since } }, select: { note: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
      _count: { select: { checkIns: { where: { createdAt: { gt: since } } } } },
      reviewDecisions: { where: { sessionId: grant.session.id }, select: decisionSelect },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: AGENDA_GOAL_LIMIT,
  });
  // The measured value as it stood at the last review: the latest check-in with a value before it.
  const goalIds = goals.map((goal) => goal.id);
  const valuesAtSince =
    goalIds.length === 0
      ? []
      : await db.$queryRaw<{ goalId: string; progressValue: string }[]>`
          SELECT DISTINCT ON ("goalId") "goalId", "progressValue"::text AS "progressValue" FROM "CheckIn"
          WHERE "goalId" = ANY(${goalIds}::uuid[]) AND "createdAt" <= ${since} AND "progressValue" IS NOT NULL
          ORDER BY "goalId", "createdAt" DESC`;
  const valueAtSince = new Map(valuesAtSince.map((row) => [row.goalId, Number(row.progressValue)]));
  const today = todayIn(actor.timeZone, now);
  const quarterEnd = addMonths(today, 3);

  const agendaGoals = goals.map((goal) => {
    const baselineValue = goal.baselineValue?.toNumber() ?? null;
    const targetValue = goal.targetValue?.toNumber() ?? null;
    const currentValue = goal.currentValue?.toNumber() ?? null;
    const deadline = fromDbDate(goal.deadline);
    const storedDecision = goal.reviewDecisions[0] ?? null;
    const decision = storedDecision ? toDecisionDto(storedDecision, people, actor.id) : null;
    const before = undoDecision({ status: goal.status, deadline, targetValue }, decision);
    const existedAtSince = goal.createdAt <= since;
    return {
      ownerId: goal.ownerId,
      goal: {
        id: goal.id,
        title: goal.title,
        status: goal.status,
        deadline,
        targetValue,
        currentValue,
        measureUnit: goal.measureUnit,
        progressNow: goalProgress({ microGoals: goal.microGoals, targetValue, currentValue, baselineValue, status: goal.status }),
        progressAtLastReview: existedAtSince
          ? goalProgress({
              microGoals: goal.microGoals.filter((step) => step.createdAt <= since).map((step) => ({ doneAt: step.doneAt && step.doneAt <= since ? step.doneAt : null })),
              targetValue,
              currentValue: valueAtSince.get(goal.id) ?? baselineValue,
              baselineValue,
              status: goal.achievedAt && goal.achievedAt <= since ? "ACHIEVED" : "ACTIVE",
            })
          : null,
        checkInsSince: goal._count.checkIns,
        latestCheckIn: goal.checkIns[0] ? { note: goal.checkIns[0].note, createdAt: goal.checkIns[0].createdAt.toISOString() } : null,
        achievedSinceLastReview: goal.status === "ACHIEVED" && goal.achievedAt !== null && goal.achievedAt > since,
        droppedSinceLastReview: goal.status === "DROPPED" && goal.droppedAt !== null && goal.droppedAt > since,
        overdue: goal.status === "ACTIVE" && deadline < today,
        dueNextQuarter: goal.status === "ACTIVE" && deadline >= today && deadline <= quarterEnd,
        allowed: allowedDecisions(before),
        decision,
      } satisfies AgendaGoal,
    };
  });

  return {
    session: {
      id: grant.session.id,
      pairingId: grant.pairingId,
      status: grant.session.status,
      startsAt: grant.session.startsAt,
      durationMinutes: grant.session.durationMinutes,
      timeZone: grant.session.timeZone,
      sequence: grant.session.sequence,
      notes: session.notes,
      notesVersion: session.notesVersion,
      completedAt: session.completedAt,
      completedById: session.completedById,
      completedByName: people.find((person) => person.id === session.completedById)?.name ?? null,
    },
    buddy,
    since,
    today,
    people: people.map((person) => ({
      ...person,
      isMe: person.id === actor.id,
      goals: agendaGoals.filter((entry) => entry.ownerId === person.id).map((entry) => entry.goal),
    })),
  };
}
