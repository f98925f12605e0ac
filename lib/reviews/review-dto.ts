// The small, JSON-safe shapes review pages and the polling endpoint get: dates as ISO strings
// or calendar dates, numbers as numbers, people as names (never rows).
import type { DbClient, Prisma } from "@/lib/db";
import { fromDbDate } from "@/lib/time/calendar-date";
import type { DecisionKind } from "./schemas";

export type DecisionDto = {
  goalId: string;
  decision: DecisionKind;
  newDeadline: string | null;
  newTargetValue: number | null;
  previousDeadline: string | null;
  previousTargetValue: number | null;
  note: string;
  version: number;
  updatedBy: { name: string; isMe: boolean } | null;
  updatedAt: string;
};

export const decisionSelect = {
  goalId: true,
  decision: true,
  newDeadline: true,
  newTargetValue: true,
  previousDeadline: true,
  previousTargetValue: true,
  note: true,
  version: true,
  updatedById: true,
  updatedAt: true,
} as const satisfies Prisma.ReviewDecisionSelect;

type DecisionRow = Prisma.ReviewDecisionGetPayload<{ select: typeof decisionSelect }>;

export function toDecisionDto(row: DecisionRow, people: { id: string; name: string }[], actorId: string): DecisionDto {
  const author = people.find((person) => person.id === row.updatedById);
  return {
    goalId: row.goalId,
    decision: row.decision,
    newDeadline: row.newDeadline ? fromDbDate(row.newDeadline) : null,
    newTargetValue: row.newTargetValue?.toNumber() ?? null,
    previousDeadline: row.previousDeadline ? fromDbDate(row.previousDeadline) : null,
    previousTargetValue: row.previousTargetValue?.toNumber() ?? null,
    note: row.note,
    version: row.version,
    updatedBy: author ? { name: author.name, isMe: author.id === actorId } : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Where "since the last review" starts: when the pairing's previous completed review ended
 * (before this session), or when the pairing began.
 */
export async function reviewSince(db: DbClient, session: { id: string; pairingId: string; startsAt: Date }): Promise<Date> {
  const previous = await db.reviewSession.findFirst({
    where: { pairingId: session.pairingId, status: "COMPLETED", id: { not: session.id }, startsAt: { lt: session.startsAt } },
    select: { startsAt: true, completedAt: true },
    orderBy: { startsAt: "desc" },
  });
  if (previous) return previous.completedAt ?? previous.startsAt;
  const pairing = await db.buddyPairing.findUniqueOrThrow({ where: { id: session.pairingId }, select: { startedAt: true } });
  return pairing.startedAt;
}

/** Goals on a session's agenda: both people's shared goals that are active, or were achieved or dropped since the last review, or already have a decision here. */
export function agendaGoalWhere(ownerIds: string[], since: Date, sessionId: string): Prisma.GoalWhereInput {
  return {
    ownerId: { in: ownerIds },
    visibility: "BUDDIES",
    OR: [{ status: "ACTIVE" }, { achievedAt: { gte: since } }, { droppedAt: { gte: since } }, { reviewDecisions: { some: { sessionId } } }],
  };
}
