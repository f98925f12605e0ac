// A small snapshot of a session for the page to poll every few seconds: status, notes and
// decisions with their versions, and the fields of decided goals a decision changes.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { fromDbDate } from "@/lib/time/calendar-date";
import { authorizeReviewSession } from "./authorize-review";
import { decisionSelect, toDecisionDto, type DecisionDto } from "./review-dto";
import type { GoalSnapshot } from "./save-decision";

export type ReviewState = {
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED";
  sequence: number;
  startsAt: string;
  notes: string;
  notesVersion: number;
  completedByName: string | null;
  decisions: DecisionDto[];
  goals: GoalSnapshot[];
};

export async function getReviewState(actor: SessionUser, sessionId: string): Promise<ReviewState> {
  const db = await getDb();
  const grant = await authorizeReviewSession(db, actor, sessionId);
  const people = [grant.me, grant.buddy];
  const session = await db.reviewSession.findUniqueOrThrow({
    where: { id: grant.session.id },
    select: {
      status: true,
      sequence: true,
      startsAt: true,
      notes: true,
      notesVersion: true,
      completedById: true,
      decisions: {
        // A goal made private since is no longer the buddy's to see.
        where: { goal: { ownerId: { in: [actor.id, grant.buddy.id] }, visibility: "BUDDIES" } },
        select: { ...decisionSelect, goal: { select: { id: true, status: true, deadline: true, targetValue: true } } },
        orderBy: { goalId: "asc" },
        take: 500,
      },
    },
  });
  return {
    status: session.status,
    sequence: session.sequence,
    startsAt: session.startsAt.toISOString(),
    notes: session.notes,
    notesVersion: session.notesVersion,
    completedByName: people.find((person) => person.id === session.completedById)?.name ?? null,
    decisions: session.decisions.map((decision) => toDecisionDto(decision, people, actor.id)),
    goals: session.decisions.map(({ goal }) => ({ id: goal.id, status: goal.status, deadline: fromDbDate(goal.deadline), targetValue: goal.targetValue?.toNumber() ?? null })),
  };
}
