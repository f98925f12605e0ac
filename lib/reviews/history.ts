// Review history: a pairing's past sessions with their decisions (paged, newest first), the
// pairing's next session, and one goal's review decisions for its owner's goal page.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { IdSchema } from "@/lib/goals/schemas";
import { olderThan, toPage, type Cursor } from "@/lib/pagination/keyset";
import { decisionSelect, toDecisionDto, type DecisionDto } from "./review-dto";
import { authorizePairingView } from "@/lib/buddies/authorize-pairing-view";
import { authorizeReviewSession } from "./authorize-review";

export const PAST_REVIEWS_PAGE_SIZE = 10;

export type PastDecision = DecisionDto & { goalTitle: string; ownerName: string; ownerIsMe: boolean };
export type PastReview = {
  id: string;
  status: "COMPLETED" | "CANCELLED";
  startsAt: Date;
  durationMinutes: number;
  completedAt: Date | null;
  notes: string;
  decisions: PastDecision[];
};

/** A new time one of the two proposed for the booked session, waiting for the other's answer. */
export type TimeProposal = { startsAt: Date; durationMinutes: number; byMe: boolean; byName: string; count: number };

export type NextReview = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  sequence: number;
  scheduledByName: string;
  bookedByMe: boolean;
  proposal: TimeProposal | null;
};

export const nextReviewSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  timeZone: true,
  sequence: true,
  scheduledById: true,
  scheduledBy: { select: { name: true } },
  proposedStartsAt: true,
  proposedDurationMinutes: true,
  proposedById: true,
  proposalCount: true,
} as const;

type NextReviewRow = { id: string; startsAt: Date; durationMinutes: number; timeZone: string; sequence: number; scheduledById: string; scheduledBy: { name: string }; proposedStartsAt: Date | null; proposedDurationMinutes: number | null; proposedById: string | null; proposalCount: number };

export function toNextReview(row: NextReviewRow, actor: { id: string; name: string }, buddy: { id: string; name: string }): NextReview {
  const proposer = row.proposedById === actor.id ? actor : row.proposedById === buddy.id ? buddy : null;
  return {
    id: row.id,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    sequence: row.sequence,
    scheduledByName: row.scheduledBy.name,
    bookedByMe: row.scheduledById === actor.id,
    proposal: proposer && row.proposedStartsAt && row.proposedDurationMinutes ? { startsAt: row.proposedStartsAt, durationMinutes: row.proposedDurationMinutes, byMe: proposer === actor, byName: proposer.name, count: row.proposalCount } : null,
  };
}

export type PairingReviews = {
  buddy: { id: string; name: string; timeZone: string };
  next: NextReview | null;
  past: PastReview[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  olderBefore: Cursor | null;
};

export async function listPastReviews(actor: SessionUser, pairingId: string, options: { before?: Cursor } = {}): Promise<PairingReviews> {
  const db = await getDb();
  const grant = await authorizePairingView(actor, pairingId);
  const people = [
    { id: actor.id, name: actor.name },
    { id: grant.buddy.id, name: grant.buddy.name },
  ];
  const buddy = { id: grant.buddy.id, name: grant.buddy.name, timeZone: grant.buddy.timeZone };
  const [next, sessions] = await Promise.all([
    db.reviewSession.findFirst({
      where: { pairingId: grant.pairingId, status: "SCHEDULED" },
      select: nextReviewSelect,
    }),
    db.reviewSession.findMany({
      where: { pairingId: grant.pairingId, status: { in: ["COMPLETED", "CANCELLED"] }, ...olderThan("startsAt", options.before) },
      select: {
        id: true,
        status: true,
        startsAt: true,
        durationMinutes: true,
        completedAt: true,
        notes: true,
        decisions: {
          // Goals made private since are the owner's alone again.
          where: { goal: { ownerId: { in: [actor.id, grant.buddy.id] }, visibility: "BUDDIES" } },
          select: { ...decisionSelect, goal: { select: { title: true, ownerId: true } } },
          orderBy: [{ goal: { ownerId: "asc" } }, { goal: { title: "asc" } }],
          take: 200,
        },
      },
      // The id breaks ties: a session cancelled and booked again at the same time shares its start.
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: PAST_REVIEWS_PAGE_SIZE + 1,
    }),
  ]);
  const { items: page, next: olderBefore } = toPage(sessions, PAST_REVIEWS_PAGE_SIZE, (session) => session.startsAt);
  return {
    buddy,
    next: next ? toNextReview(next, people[0]!, people[1]!) : null,
    past: page.map((session) => ({
      id: session.id,
      status: session.status as "COMPLETED" | "CANCELLED",
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      completedAt: session.completedAt,
      notes: session.notes,
      decisions: session.decisions.map(({ goal, ...row }) => ({
        ...toDecisionDto(row, people, actor.id),
        goalTitle: goal.title,
        ownerName: people.find((person) => person.id === goal.ownerId)?.name ?? "",
        ownerIsMe: goal.ownerId === actor.id,
      })),
    })),
    olderBefore,
  };
}

export type GoalReviewDecision = DecisionDto & { sessionId: string; pairingId: string; sessionStartsAt: Date; sessionStatus: "SCHEDULED" | "COMPLETED" | "CANCELLED"; buddyName: string };

/** The review decisions on one of the actor's goals, newest first (the goal page's history). */
export async function listGoalReviewDecisions(actor: SessionUser, goalId: string): Promise<GoalReviewDecision[]> {
  if (!IdSchema.safeParse(goalId).success) throw new NotFoundError("That goal");
  const db = await getDb();
  const goal = await db.goal.findFirst({ where: { id: goalId, ownerId: actor.id }, select: { id: true } });
  if (!goal) throw new NotFoundError("That goal");
  const rows = await db.reviewDecision.findMany({
    where: { goalId: goal.id },
    select: {
      ...decisionSelect,
      session: {
        select: {
          id: true,
          pairingId: true,
          startsAt: true,
          status: true,
          pairing: { select: { userA: { select: { id: true, name: true } }, userB: { select: { id: true, name: true } } } },
        },
      },
    },
    orderBy: { session: { startsAt: "desc" } },
    take: 50,
  });
  return rows.map(({ session, ...row }) => {
    const { userA, userB } = session.pairing;
    return {
      ...toDecisionDto(row, [userA, userB], actor.id),
      sessionId: session.id,
      pairingId: session.pairingId,
      sessionStartsAt: session.startsAt,
      sessionStatus: session.status,
      buddyName: userA.id === actor.id ? userB.name : userA.name,
    };
  });
}

/** One session as "the next review" (with any proposed time), or null once it is not scheduled. */
export async function getScheduledReview(actor: SessionUser, sessionId: string): Promise<NextReview | null> {
  const db = await getDb();
  const grant = await authorizeReviewSession(db, actor, sessionId);
  const row = await db.reviewSession.findFirst({ where: { id: grant.session.id, status: "SCHEDULED" }, select: nextReviewSelect });
  return row ? toNextReview(row, { id: actor.id, name: actor.name }, grant.buddy) : null;
}
