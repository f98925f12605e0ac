// Scheduling, rescheduling and cancelling a pairing's review session. Either buddy may do all
// three. Every change bumps the iCalendar SEQUENCE and queues an invitation (or cancellation)
// for both people in the same transaction; the rows are sent right after the response.
import "server-only";
import { cache } from "react";
import { getDb, Prisma, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeBuddy } from "@/lib/buddies/authorize";
import { createNotification } from "@/lib/notifications/notifications";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { AppError, AppErrorCode } from "@/lib/errors";
import { authorizeReviewSession } from "./authorize-review";
import { queueReviewEmails, REVIEW_CANCEL_KIND, REVIEW_INVITE_KIND, sequenceKey } from "./invite-emails";
import { reviewPath } from "./review-links";
import { DEFAULT_DURATION_MINUTES, localParts, SUGGESTED_HOUR, suggestSlot, toInstant } from "./review-time";
import { DAY_ENDS_HOUR, DAY_STARTS_HOUR, findSharedSlot, isWithinReasonableHours, localWeekdayTime, type BusyInterval } from "./shared-hours";
import type { ScheduleReviewInput } from "./schemas";
import { authorizePairingView } from "@/lib/buddies/authorize-pairing-view";
import { activePairingWhere } from "@/lib/buddies/active-pairings";
import { NO_PROPOSAL } from "./proposal-fields";

/**
 * A booked (or moved) session, or the warning that the time is outside civil hours for one of the
 * two (booked only once confirmed). Other refusals are AppErrors: a time already past
 * (INVALID_INPUT on the date field), a second booking or a session no longer scheduled (CONFLICT).
 */
export type ScheduleResult = { ok: true; sessionId: string; startsAt: Date } | { ok: false; reason: "outside-hours"; message: string };
/**
 * The warning before booking a time outside 08:00–21:00 for either person ("That is Thu 04:00
 * for Grace (America/New_York)…"), or null when the time is civil for both.
 */
export function outsideHoursWarning(startsAt: Date, durationMinutes: number, people: { name: string; timeZone: string; isActor: boolean }[]): ScheduleResult | null {
  const outside = people.filter((person) => !isWithinReasonableHours(startsAt, durationMinutes, person.timeZone, { weekdaysOnly: false }));
  if (outside.length === 0) return null;
  const parts = outside.map((person) => `${localWeekdayTime(startsAt, person.timeZone)} for ${person.isActor ? "you" : person.name} (${person.timeZone})`);
  return {
    ok: false,
    reason: "outside-hours",
    message: `That is ${parts.join(" and ")}, outside ${DAY_STARTS_HOUR}:00–${DAY_ENDS_HOUR}:00. Book it anyway?`,
  };
}

async function zonesOf(db: DbClient, actor: SessionUser, buddyId: string) {
  const buddy = await db.user.findUniqueOrThrow({ where: { id: buddyId }, select: { name: true, timeZone: true } });
  return [
    { name: actor.name, timeZone: actor.timeZone, isActor: true },
    { name: buddy.name, timeZone: buddy.timeZone, isActor: false },
  ];
}

/** A session that started a day before `from` may still run into it. */
const busyFrom = (from: Date) => new Date(from.getTime() - 24 * 3600_000);

const toBusyInterval = (row: { startsAt: Date; durationMinutes: number }): BusyInterval => ({ startsAt: row.startsAt, endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000) });

/** Both people's scheduled review sessions (any pairing) from `from` on: the times a new one must not overlap. */
export async function busyIntervals(db: DbClient, userIds: string[], from: Date): Promise<BusyInterval[]> {
  const rows = await db.reviewSession.findMany({
    where: { status: "SCHEDULED", startsAt: { gte: busyFrom(from) }, pairing: activePairingWhere(userIds) },
    select: { startsAt: true, durationMinutes: true },
    orderBy: { startsAt: "asc" },
    take: 50,
  });
  return rows.map(toBusyInterval);
}

/**
 * Every scheduled session of the two people's active pairings, whenever it is: at most one per
 * pairing (a partial unique index), so a handful of rows. The buddy page's two suggestions (the
 * next review, another time for the booked one) share this one read within a request (cache()).
 */
const scheduledSessionsOfBoth = cache(async (actorId: string, buddyId: string): Promise<BusyInterval[]> => {
  const db = await getDb();
  const rows = await db.reviewSession.findMany({ where: { status: "SCHEDULED", pairing: activePairingWhere([actorId, buddyId]) }, select: { startsAt: true, durationMinutes: true }, orderBy: { startsAt: "asc" }, take: 50 });
  return rows.map(toBusyInterval);
});

/** busyIntervals for a page's reads (outside a transaction), from the request's shared read. */
export async function busyIntervalsForView(actorId: string, buddyId: string, from: Date): Promise<BusyInterval[]> {
  const since = busyFrom(from).getTime();
  return (await scheduledSessionsOfBoth(actorId, buddyId)).filter((interval) => interval.startsAt.getTime() >= since);
}

const past = () => new AppError(AppErrorCode.INVALID_INPUT, "Choose a date and time that are still ahead.", "date");
const alreadyScheduled = () => new AppError(AppErrorCode.CONFLICT, "You already have a review scheduled. Reschedule or cancel it instead of booking a second one.");
const notScheduled = () => new AppError(AppErrorCode.CONFLICT, "This review is no longer scheduled: it was closed or cancelled.");

type Person = { id: string; email: string };

/** Creates a SCHEDULED session and queues both invitations; the caller holds the transaction. */
export async function createScheduledSession(tx: DbClient, input: { pairingId: string; scheduledById: string; startsAt: Date; timeZone: string; durationMinutes: number; people: Person[]; now: Date }): Promise<{ id: string; deliveryIds: string[] }> {
  const session = await tx.reviewSession.create({
    data: {
      pairingId: input.pairingId,
      scheduledById: input.scheduledById,
      startsAt: input.startsAt,
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      scheduledAt: input.now,
    },
    select: { id: true },
  });
  const deliveryIds = await queueReviewEmails(tx, { kind: REVIEW_INVITE_KIND, sessionId: session.id, dueKey: sequenceKey(0), people: input.people, now: input.now });
  return { id: session.id, deliveryIds };
}

/** Sends the invitations or cancellations a committed transaction queued. */
export async function sendQueuedReviewEmails(ids: string[], now: Date): Promise<void> {
  for (const id of ids) await deliverSoon(id, now);
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Cancels the pairing's scheduled session, if any, because the pairing is ending: both people get
 * METHOD:CANCEL so the event leaves their calendars. Runs in the caller's transaction; returns the
 * queued deliveries to send once it commits.
 */
export async function cancelScheduledReviewOfEndingPairing(tx: DbClient, input: { pairingId: string; people: Person[]; now: Date }): Promise<string[]> {
  const [scheduled] = await tx.$queryRaw<{ id: string; sequence: number }[]>`
    SELECT "id", "sequence" FROM "ReviewSession" WHERE "pairingId" = ${input.pairingId}::uuid AND "status" = 'SCHEDULED' FOR UPDATE`;
  if (!scheduled) return [];
  const sequence = scheduled.sequence + 1;
  await tx.reviewSession.update({ where: { id: scheduled.id }, data: { status: "CANCELLED", cancelledAt: input.now, sequence } });
  return queueReviewEmails(tx, { kind: REVIEW_CANCEL_KIND, sessionId: scheduled.id, dueKey: sequenceKey(sequence), people: input.people, now: input.now });
}

/** Books a session at a date and time in the actor's zone. At most one is scheduled per pairing. */
export async function scheduleReviewSession(actor: SessionUser, pairingId: string, input: ScheduleReviewInput, now = new Date()): Promise<ScheduleResult> {
  const startsAt = toInstant(input.date, input.time, actor.timeZone);
  if (startsAt <= now) throw past();
  const db = await getDb();
  let created: { id: string; deliveryIds: string[] } | null | ScheduleResult;
  try {
    created = await db.$transaction(async (tx) => {
      const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
      if (await tx.reviewSession.findFirst({ where: { pairingId: grant.pairingId, status: "SCHEDULED" }, select: { id: true } })) return null;
      const warning = input.confirmOutsideHours === "yes" ? null : outsideHoursWarning(startsAt, input.durationMinutes, await zonesOf(tx, actor, grant.buddy.id));
      if (warning) return warning;
      const session = await createScheduledSession(tx, {
        pairingId: grant.pairingId,
        scheduledById: actor.id,
        startsAt,
        timeZone: actor.timeZone,
        durationMinutes: input.durationMinutes,
        people: [actor, grant.buddy],
        now,
      });
      await createNotification(tx, { userId: grant.buddy.id, kind: "review-scheduled", title: `${actor.name} scheduled your goal review`, link: reviewPath(grant.pairingId, session.id) });
      return session;
    });
  } catch (error) {
    // Two people booking at the same moment: the partial unique index lets one through.
    if (isUniqueViolation(error)) throw alreadyScheduled();
    throw error;
  }
  if (!created) throw alreadyScheduled();
  if ("ok" in created) return created;
  await sendQueuedReviewEmails(created.deliveryIds, now);
  return { ok: true, sessionId: created.id, startsAt };
}

export type SuggestedSlot = { date: string; time: string; durationMinutes: number; startsAt: Date; buddy: { name: string; timeZone: string }; withinBothHours: boolean };

/**
 * The next slot by the pairing's cadence: from the first weekday the cadence points at, the
 * first day with a time inside 08:00–21:00 on a weekday for BOTH people that overlaps neither's
 * scheduled sessions, nearest 18:00 in the actor's zone. When 60 days hold none (zones half a
 * world apart), the old rule: 18:00 in the actor's zone, flagged as outside someone's hours.
 */
export async function suggestReviewSlot(actor: SessionUser, pairingId: string, now = new Date()): Promise<SuggestedSlot> {
  const db = await getDb();
  const grant = await authorizePairingView(actor, pairingId);
  const { pairing } = grant;
  const buddy = { name: grant.buddy.name, timeZone: grant.buddy.timeZone };
  const last = await db.reviewSession.findFirst({ where: { pairingId: grant.pairingId, status: "COMPLETED" }, select: { startsAt: true }, orderBy: { startsAt: "desc" } });
  const byCadence = suggestSlot({ since: last?.startsAt ?? pairing.startedAt, cadenceMonths: pairing.rules.reviewCadenceMonths, timeZone: actor.timeZone, now });
  const dayStart = toInstant(byCadence.date, "00:00", actor.timeZone);
  const from = dayStart > now ? dayStart : now;
  const busy = await busyIntervalsForView(actor.id, grant.buddy.id, from);
  const shared = findSharedSlot({ from, zones: [actor.timeZone, buddy.timeZone], preferredTime: `${String(SUGGESTED_HOUR).padStart(2, "0")}:00`, durationMinutes: DEFAULT_DURATION_MINUTES, busy });
  if (!shared) return { ...byCadence, durationMinutes: DEFAULT_DURATION_MINUTES, buddy, withinBothHours: false };
  return { ...localParts(shared, actor.timeZone), startsAt: shared, durationMinutes: DEFAULT_DURATION_MINUTES, buddy, withinBothHours: true };
}

/** "Schedule the suggested slot" in one click. */
export async function scheduleSuggestedReview(actor: SessionUser, pairingId: string, now = new Date()): Promise<ScheduleResult> {
  const slot = await suggestReviewSlot(actor, pairingId, now);
  // The suggestion was chosen for both people's hours (or is the only option): no second warning.
  return scheduleReviewSession(actor, pairingId, { date: slot.date, time: slot.time, durationMinutes: slot.durationMinutes, confirmOutsideHours: "yes" }, now);
}

/** Moves a scheduled session: SEQUENCE + 1 and a fresh invitation (an update) for both. */
export async function rescheduleReviewSession(actor: SessionUser, sessionId: string, input: ScheduleReviewInput, now = new Date()): Promise<ScheduleResult> {
  const startsAt = toInstant(input.date, input.time, actor.timeZone);
  if (startsAt <= now) throw past();
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "update" });
    if (grant.session.status !== "SCHEDULED") return null;
    const warning = input.confirmOutsideHours === "yes" ? null : outsideHoursWarning(startsAt, input.durationMinutes, await zonesOf(tx, actor, grant.buddy.id));
    if (warning) return warning;
    const sequence = grant.session.sequence + 1;
    await tx.reviewSession.update({
      where: { id: grant.session.id },
      // scheduledAt moves too: reminders whose moment was before this change are not sent.
      data: { startsAt, timeZone: actor.timeZone, durationMinutes: input.durationMinutes, sequence, scheduledAt: now, scheduledById: actor.id, ...NO_PROPOSAL },
    });
    await createNotification(tx, { userId: grant.buddy.id, kind: "review-rescheduled", title: `${actor.name} moved your goal review`, link: reviewPath(grant.pairingId, grant.session.id) });
    return queueReviewEmails(tx, { kind: REVIEW_INVITE_KIND, sessionId: grant.session.id, dueKey: sequenceKey(sequence), people: [actor, grant.buddy], now });
  });
  if (!outcome) throw notScheduled();
  if (!Array.isArray(outcome)) return outcome;
  await sendQueuedReviewEmails(outcome, now);
  return { ok: true, sessionId, startsAt };
}

/** Cancels a scheduled session: SEQUENCE + 1 and METHOD:CANCEL to both. */
export async function cancelReviewSession(actor: SessionUser, sessionId: string, now = new Date()): Promise<{ ok: boolean }> {
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "update" });
    if (grant.session.status !== "SCHEDULED") return null;
    const sequence = grant.session.sequence + 1;
    await tx.reviewSession.update({ where: { id: grant.session.id }, data: { status: "CANCELLED", cancelledAt: now, sequence } });
    await createNotification(tx, { userId: grant.buddy.id, kind: "review-cancelled", title: `${actor.name} cancelled your goal review`, link: `/buddies/${grant.pairingId}` });
    return queueReviewEmails(tx, { kind: REVIEW_CANCEL_KIND, sessionId: grant.session.id, dueKey: sequenceKey(sequence), people: [actor, grant.buddy], now });
  });
  if (!outcome) return { ok: false };
  await sendQueuedReviewEmails(outcome, now);
  return { ok: true };
}
