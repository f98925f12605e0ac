// Rows for integration tests, with defaults for every column a test does not care about, so a
// test names only what it is about: `createGoal(db.prisma, ada, { visibility: "BUDDIES" })`.
// Users come from createTestUser (a row) and createSessionUser (a signed-in person). Dates may
// be calendar dates ("2027-06-30") where the column is a date.
import type { Db, Prisma } from "@/lib/db";
import { toDbDate } from "@/lib/time/calendar-date";

type Owner = { id: string };
type WithCalendarDate<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | string };

function calendarDate<T>(value: T | string): T | Date {
  return typeof value === "string" ? toDbDate(value) : value;
}

export type GoalData = WithCalendarDate<Partial<Prisma.GoalUncheckedCreateInput>, "deadline">;

/** A one-year goal of `owner`'s, private and active, due 30 June 2027. */
export function createGoal(prisma: Db, owner: Owner, { deadline = "2027-06-30", ...data }: GoalData = {}) {
  return prisma.goal.create({ data: { ownerId: owner.id, title: "A goal", category: "OTHER", horizonYears: 1, ...data, deadline: calendarDate(deadline) } });
}

export type StepData = WithCalendarDate<Partial<Prisma.MicroGoalUncheckedCreateInput>, "deadline">;

/** A step (micro-goal) of `goal`, first in its list, undated and open. */
export function createStep(prisma: Db, goal: { id: string }, { deadline, ...data }: StepData = {}) {
  return prisma.microGoal.create({ data: { goalId: goal.id, title: "A step", position: 0, ...data, deadline: deadline === undefined ? undefined : calendarDate(deadline) } });
}

/** Steps of `goal` at positions 0, 1, 2 …, one a title. */
export function createSteps(prisma: Db, goal: { id: string }, steps: (Omit<StepData, "position"> & { title: string })[]) {
  return prisma.microGoal.createMany({
    data: steps.map(({ deadline, ...data }, position) => ({ goalId: goal.id, position, ...data, deadline: deadline === undefined ? undefined : calendarDate(deadline) })),
  });
}

/** A check-in on `goal` by its owner (or `authorId`). */
export function createCheckIn(prisma: Db, goal: { id: string; ownerId: string }, data: Partial<Prisma.CheckInUncheckedCreateInput> = {}) {
  return prisma.checkIn.create({ data: { goalId: goal.id, authorId: goal.ownerId, note: "Progress", ...data } });
}

/** An active pairing: `a` invited `b` (pairing rules not yet agreed unless given). */
export function createPairing(prisma: Db, a: Owner, b: Owner, data: Partial<Prisma.BuddyPairingUncheckedCreateInput> = {}) {
  return prisma.buddyPairing.create({ data: { userAId: a.id, userBId: b.id, ...data } });
}

/** A scheduled hour-long review of `pairing`, booked by `scheduledBy`. */
export function createReviewSession(prisma: Db, pairing: { id: string }, scheduledBy: Owner, data: Partial<Prisma.ReviewSessionUncheckedCreateInput> & { startsAt: Date }) {
  return prisma.reviewSession.create({ data: { pairingId: pairing.id, scheduledById: scheduledBy.id, timeZone: "UTC", ...data } });
}
