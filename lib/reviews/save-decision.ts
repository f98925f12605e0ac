// Recording a decision on one goal during a review, and applying it to the goal in the same
// transaction. Two people may edit at once; nothing is lost because every save names the
// version it was based on (optimistic concurrency). The goal row is locked first, so saves on
// one goal run one after the other: the first wins, and a save based on an older version gets
// back the decision now stored (the buddy's) instead of overwriting it.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { fromDbDate, toDbDate } from "@/lib/time/calendar-date";
import type { FieldErrors } from "@/lib/validation/form-state";
import { authorizeReviewSession } from "./authorize-review";
import { allowedDecisions, applyDecision, undoDecision, type GoalState } from "./decision-effects";
import { decisionSelect, reviewSince, toDecisionDto, type DecisionDto } from "./review-dto";
import type { ReviewDecisionInput } from "./schemas";

export type GoalSnapshot = { id: string; status: GoalState["status"]; deadline: string; targetValue: number | null };

export type SaveDecisionResult = { ok: true; decision: DecisionDto; goal: GoalSnapshot } | { ok: false; reason: "conflict"; current: DecisionDto | null; goal: GoalSnapshot } | { ok: false; reason: "closed" } | { ok: false; reason: "invalid"; fieldErrors: FieldErrors };

type LockedGoal = { id: string; ownerId: string };

export async function saveReviewDecision(actor: SessionUser, sessionId: string, input: ReviewDecisionInput, now = new Date()): Promise<SaveDecisionResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "share" });
    if (grant.session.status !== "SCHEDULED") return { ok: false, reason: "closed" } as const;
    const people = [grant.me, grant.buddy];
    const [locked] = await tx.$queryRaw<LockedGoal[]>`
      SELECT "id", "ownerId" FROM "Goal"
      WHERE "id" = ${input.goalId}::uuid AND "ownerId" IN (${actor.id}::uuid, ${grant.buddy.id}::uuid) AND "visibility" = 'BUDDIES'
      FOR UPDATE`;
    if (!locked) throw new NotFoundError("That goal");
    const goal = await tx.goal.findUniqueOrThrow({ where: { id: locked.id }, select: { status: true, deadline: true, targetValue: true, achievedAt: true, droppedAt: true } });
    const existing = await tx.reviewDecision.findUnique({ where: { sessionId_goalId: { sessionId: grant.session.id, goalId: locked.id } }, select: { id: true, ...decisionSelect } });
    const since = await reviewSince(tx, grant.session);
    const onAgenda = existing || goal.status === "ACTIVE" || (goal.achievedAt && goal.achievedAt >= since) || (goal.droppedAt && goal.droppedAt >= since);
    if (!onAgenda) throw new NotFoundError("That goal");

    const current: GoalState = { status: goal.status, deadline: fromDbDate(goal.deadline), targetValue: goal.targetValue?.toNumber() ?? null };
    const snapshot = (state: GoalState): GoalSnapshot => ({ id: locked.id, ...state });
    const existingDto = existing ? toDecisionDto(existing, people, actor.id) : null;
    if ((existing?.version ?? 0) !== input.expectedVersion) return { ok: false, reason: "conflict", current: existingDto, goal: snapshot(current) } as const;

    const before = undoDecision(current, existingDto);
    if (!allowedDecisions(before).includes(input.decision)) {
      const message = before.status === "ACHIEVED" ? "This goal is already achieved: keep it as it is." : "This goal was dropped before the review: keep it as it is, or reactivate it from its page.";
      return { ok: false, reason: "invalid", fieldErrors: { decision: [message] } } as const;
    }
    const after = applyDecision(before, input);
    await updateGoal(tx, locked.id, current, after, now);

    const data = {
      decision: input.decision,
      newDeadline: input.newDeadline ? toDbDate(input.newDeadline) : null,
      newTargetValue: input.newTargetValue,
      previousDeadline: toDbDate(before.deadline),
      previousTargetValue: before.targetValue,
      note: input.note,
      updatedById: actor.id,
    };
    const saved = existing ? await tx.reviewDecision.update({ where: { id: existing.id }, data: { ...data, version: existing.version + 1 }, select: decisionSelect }) : await tx.reviewDecision.create({ data: { ...data, sessionId: grant.session.id, goalId: locked.id, version: 1 }, select: decisionSelect });
    return { ok: true, decision: toDecisionDto(saved, people, actor.id), goal: snapshot(after) } as const;
  });
}

async function updateGoal(tx: DbClient, goalId: string, current: GoalState, after: GoalState, now: Date): Promise<void> {
  const statusChange = after.status === current.status ? {} : after.status === "ACTIVE" ? { status: after.status, achievedAt: null, droppedAt: null } : after.status === "DROPPED" ? { status: after.status, droppedAt: now, achievedAt: null } : { status: after.status, achievedAt: now, droppedAt: null };
  const data = {
    ...statusChange,
    ...(after.deadline !== current.deadline ? { deadline: toDbDate(after.deadline) } : {}),
    ...(after.targetValue !== current.targetValue ? { targetValue: after.targetValue } : {}),
  };
  if (Object.keys(data).length > 0) await tx.goal.update({ where: { id: goalId }, data });
}
