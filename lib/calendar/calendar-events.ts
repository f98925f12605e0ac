// What a person's calendar feed contains, read in a fixed number of queries (five, in parallel)
// whatever the number of goals, buddies or sessions:
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

/** Goals the actor may see in their calendar because a buddy shares them. */
function sharedByBuddyOf(actor: CalendarActor): Prisma.GoalWhereInput {
  return {
    status: "ACTIVE",
    visibility: "BUDDIES",
    ownerId: { not: actor.id },
    owner: {
      OR: [
        { pairingsAsA: { some: { status: "ACTIVE", userBId: actor.id } } },
        { pairingsAsB: { some: { status: "ACTIVE", userAId: actor.id } } },
      ],
    },
  };
}

export async function listCalendarEvents(actor: CalendarActor, now = new Date()): Promise<CalendarEvent[]> {
  const db = await getDb();
  const appUrl = getEnv().APP_URL;
  const buddiesUrl = `${appUrl}/buddies`;
  const undoneDated = { doneAt: null, deadline: { not: null } } satisfies Prisma.MicroGoalWhereInput;
  const stepSelect = { id: true, title: true, deadline: true, updatedAt: true } as const;

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
    db.goal.findMany({
      where: sharedByBuddyOf(actor),
      select: { id: true, title: true, deadline: true, updatedAt: true, owner: { select: { name: true } } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: CALENDAR_GOAL_LIMIT,
    }),
    db.microGoal.findMany({
      where: { ...undoneDated, goal: sharedByBuddyOf(actor) },
      select: { ...stepSelect, goal: { select: { title: true, owner: { select: { name: true } } } } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: CALENDAR_STEP_LIMIT,
    }),
    db.reviewSession.findMany({
      where: {
        status: { in: ["SCHEDULED", "COMPLETED"] },
        startsAt: { gte: new Date(now.getTime() - REVIEW_HISTORY_DAYS * 86_400_000) },
        pairing: { status: "ACTIVE", OR: [{ userAId: actor.id }, { userBId: actor.id }] },
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
    }),
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
