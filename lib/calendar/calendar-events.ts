// What a person's calendar feed contains, read in a fixed number of queries whatever the number
// of goals, buddies or sessions (their active pairings first, then five in parallel; two
// when they have no buddy):
// - their own ACTIVE goals' deadlines and the undone, dated steps of those goals;
// - their buddies' shared deadlines: ACTIVE goals with visibility BUDDIES whose owner is in an
//   ACTIVE pairing with them (in either position), and those goals' undone, dated steps;
// - review sessions of their ACTIVE pairings. Cancelled sessions are left out rather than sent
//   with STATUS:CANCELLED: a subscription is a snapshot that clients replace on every refresh,
//   so a missing UID disappears everywhere, while some clients (Outlook) still draw cancelled
//   events as ordinary ones.
// Every list is bounded so a feed stays small enough for calendar servers to accept.
import "server-only";
import { getDb, type Prisma } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import { fromDbDate } from "@/lib/time/calendar-date";
import type { CalendarEvent } from "./build-calendar";
import { activePairingWhere } from "@/lib/buddies/active-pairings";
import { goalUid, reviewUid, stepUid } from "./event-uids";

export const CALENDAR_GOAL_LIMIT = 500;
export const CALENDAR_STEP_LIMIT = 2000;
export const CALENDAR_REVIEW_LIMIT = 500;
/** Past review sessions older than this are no longer worth carrying in the feed. */
const REVIEW_HISTORY_DAYS = 365;

/** Whoever the feed belongs to: a signed-in user or the owner of a feed token. */
export type CalendarActor = { id: string };

export { goalUid, stepUid, reviewUid } from "./event-uids";

export function ownGoalEvent(goal: { id: string; title: string; deadline: Date; updatedAt: Date }, appUrl: string): CalendarEvent {
  const url = `${appUrl}/goals/${goal.id}`;
  return {
    kind: "all-day",
    uid: goalUid(goal.id),
    date: fromDbDate(goal.deadline),
    summary: `Deadline: ${goal.title}`,
    description: `The deadline of your goal "${goal.title}".\n\nOpen it in Stepwise: ${url}`,
    url,
    lastModified: goal.updatedAt,
  };
}

export function ownStepEvent(step: { id: string; title: string; deadline: Date; updatedAt: Date; goal: { id: string; title: string } }, appUrl: string): CalendarEvent {
  const url = `${appUrl}/goals/${step.goal.id}`;
  return {
    kind: "all-day",
    uid: stepUid(step.id),
    date: fromDbDate(step.deadline),
    summary: `Step: ${step.title} (${step.goal.title})`,
    description: `A step towards your goal "${step.goal.title}".\n\nOpen it in Stepwise: ${url}`,
    url,
    lastModified: step.updatedAt,
  };
}

/**
 * Goals the actor may see in their calendar because a buddy shares them. Takes the buddies'
 * ids, read first from the actor's active pairings: written as a relation filter ("owner has
 * an active pairing with me"), PostgreSQL cannot use the owner index and walks every shared
 * goal in the installation (0.5 s for goals and 3 s for steps on 100,000 goals).
 */
function sharedByBuddies(buddyIds: string[]): Prisma.GoalWhereInput {
  return { status: "ACTIVE", visibility: "BUDDIES", ownerId: { in: buddyIds } };
}

export async function listCalendarEvents(actor: CalendarActor, now = new Date()): Promise<CalendarEvent[]> {
  const db = await getDb();
  const appUrl = getEnv().APP_URL;
  const buddiesUrl = `${appUrl}/buddies`;
  const undoneDated = { doneAt: null, deadline: { not: null } } satisfies Prisma.MicroGoalWhereInput;
  const stepSelect = { id: true, title: true, deadline: true, updatedAt: true } as const;

  const pairings = await db.buddyPairing.findMany({
    where: activePairingWhere(actor.id),
    select: { id: true, userAId: true, userBId: true },
    // A person has at most three buddies; the bound only guards the query.
    take: 50,
  });
  const buddyIds = pairings.map((pairing) => (pairing.userAId === actor.id ? pairing.userBId : pairing.userAId));
  const hasBuddies = buddyIds.length > 0;

  const [ownGoals, ownSteps, buddyGoals, buddySteps, sessions] = await Promise.all([
    db.goal.findMany({
      where: { ownerId: actor.id, status: "ACTIVE" },
      select: { id: true, title: true, deadline: true, updatedAt: true },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: CALENDAR_GOAL_LIMIT,
    }),
    db.microGoal.findMany({
      where: { ...undoneDated, goal: { ownerId: actor.id, status: "ACTIVE" } },
      select: { ...stepSelect, goal: { select: { id: true, title: true } } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: CALENDAR_STEP_LIMIT,
    }),
    hasBuddies
      ? db.goal.findMany({
          where: sharedByBuddies(buddyIds),
          select: { id: true, title: true, deadline: true, updatedAt: true, owner: { select: { name: true } } },
          orderBy: [{ deadline: "asc" }, { id: "asc" }],
          take: CALENDAR_GOAL_LIMIT,
        })
      : [],
    hasBuddies
      ? db.microGoal.findMany({
          where: { ...undoneDated, goal: sharedByBuddies(buddyIds) },
          select: { ...stepSelect, goal: { select: { title: true, owner: { select: { name: true } } } } },
          orderBy: [{ deadline: "asc" }, { id: "asc" }],
          take: CALENDAR_STEP_LIMIT,
        })
      : [],
    // Sessions of pairings that ended since are left out: those pairings are not in the list.
    hasBuddies
      ? db.reviewSession.findMany({
          where: {
            status: { in: ["SCHEDULED", "COMPLETED"] },
            startsAt: { gte: new Date(now.getTime() - REVIEW_HISTORY_DAYS * 86_400_000) },
            pairingId: { in: pairings.map((pairing) => pairing.id) },
          },
          select: {
            id: true,
            startsAt: true,
            durationMinutes: true,
            pairingId: true,
            sequence: true,
            updatedAt: true,
            pairing: { select: { userAId: true, userA: { select: { name: true } }, userB: { select: { name: true } } } },
          },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: CALENDAR_REVIEW_LIMIT,
        })
      : [],
  ]);

  const events: CalendarEvent[] = [];
  for (const goal of ownGoals) events.push(ownGoalEvent(goal, appUrl));
  for (const step of ownSteps) if (step.deadline) events.push(ownStepEvent({ ...step, deadline: step.deadline }, appUrl));
  for (const goal of buddyGoals) {
    events.push({
      kind: "all-day",
      uid: goalUid(goal.id),
      date: fromDbDate(goal.deadline),
      summary: `${goal.owner.name}'s deadline: ${goal.title}`,
      description: `${goal.owner.name} shared this goal with you in Stepwise.\n\nSee your buddies: ${buddiesUrl}`,
      url: buddiesUrl,
      lastModified: goal.updatedAt,
    });
  }
  for (const step of buddySteps) {
    if (!step.deadline) continue;
    events.push({
      kind: "all-day",
      uid: stepUid(step.id),
      date: fromDbDate(step.deadline),
      summary: `${step.goal.owner.name}'s step: ${step.title} (${step.goal.title})`,
      description: `A step towards ${step.goal.owner.name}'s goal "${step.goal.title}".\n\nSee your buddies: ${buddiesUrl}`,
      url: buddiesUrl,
      lastModified: step.updatedAt,
    });
  }
  for (const session of sessions) {
    const buddy = session.pairing.userAId === actor.id ? session.pairing.userB : session.pairing.userA;
    // The same page the invitation email links to (lib/reviews/review-links.ts).
    const sessionUrl = `${appUrl}/buddies/${session.pairingId}/reviews/${session.id}`;
    events.push({
      kind: "timed",
      uid: reviewUid(session.id),
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      summary: `Stepwise review with ${buddy.name}`,
      description: `Your goal review with ${buddy.name}.\n\nOpen the session in Stepwise: ${sessionUrl}`,
      url: sessionUrl,
      sequence: session.sequence,
      lastModified: session.updatedAt,
    });
  }
  return events;
}
