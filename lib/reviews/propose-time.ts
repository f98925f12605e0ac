// Answering a booked review with another time. The one who did not book it may propose another
// (the booked time stands meanwhile); the other then confirms it, which moves the session
// (SEQUENCE + 1, the same UID, an updated invitation to both), or proposes again, and so on.
// Each proposal reaches the person who must answer as a notification and an email (ledger).
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createNotification } from "@/lib/notifications/notifications";
import { enqueueDelivery } from "@/lib/reminders/ledger";
import { AppError, AppErrorCode } from "@/lib/errors";
import { authorizeReviewSession } from "./authorize-review";
import { confirmedSequenceKey, queueReviewEmails, REVIEW_INVITE_KIND } from "./invite-emails";
import { proposalKey, REVIEW_PROPOSAL_KIND } from "./proposal-email";
import { NO_PROPOSAL } from "./proposal-fields";
import { reviewPath } from "./review-links";
import { DEFAULT_DURATION_MINUTES, localParts, SUGGESTED_HOUR, toInstant } from "./review-time";
import { findSharedSlot } from "./shared-hours";
import { busyIntervalsForView, outsideHoursWarning, sendQueuedReviewEmails, type ScheduleResult } from "./schedule-review";
import { authorizePairingView } from "@/lib/buddies/authorize-pairing-view";
import type { ScheduleReviewInput } from "./schemas";

const notScheduled = () => new AppError(AppErrorCode.CONFLICT, "This review is no longer scheduled: it was closed or cancelled.");
const bookedByYou = () => new AppError(AppErrorCode.CONFLICT, "You booked this time yourself: reschedule it instead.");
const nothingToConfirm = () => new AppError(AppErrorCode.CONFLICT, "There is no new time waiting for you to confirm.");
const changedSince = () => new AppError(AppErrorCode.CONFLICT, "The proposal changed since you opened the page. Look at the new time below.");
const timePassed = () => new AppError(AppErrorCode.CONFLICT, "The proposed time has passed. Propose another time instead.");

async function loadForAnswer(tx: DbClient, actor: SessionUser, sessionId: string) {
  const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "update" });
  if (grant.session.status !== "SCHEDULED") throw notScheduled();
  const session = await tx.reviewSession.findUniqueOrThrow({
    where: { id: grant.session.id },
    select: { scheduledById: true, sequence: true, proposedStartsAt: true, proposedTimeZone: true, proposedDurationMinutes: true, proposedById: true, proposalCount: true },
  });
  const buddy = await tx.user.findUniqueOrThrow({ where: { id: grant.buddy.id }, select: { id: true, name: true, email: true, timeZone: true } });
  return { grant, session, buddy };
}

/**
 * Proposes another time (a date and time in the actor's zone) for a booked session. Allowed to
 * the person who did not book it, and to either person while a proposal is waiting (proposing
 * again replaces it). Warns first, like booking, when the time is outside someone's civil hours.
 */
export async function proposeReviewTime(actor: SessionUser, sessionId: string, input: ScheduleReviewInput, now = new Date()): Promise<ScheduleResult> {
  const startsAt = toInstant(input.date, input.time, actor.timeZone);
  if (startsAt <= now) throw new AppError(AppErrorCode.INVALID_INPUT, "Choose a date and time that are still ahead.", "date");
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    const { grant, session, buddy } = await loadForAnswer(tx, actor, sessionId);
    if (!session.proposedById && session.scheduledById === actor.id) throw bookedByYou();
    if (startsAt.getTime() === grant.session.startsAt.getTime() && input.durationMinutes === grant.session.durationMinutes) {
      throw new AppError(AppErrorCode.INVALID_INPUT, "That is the time already booked. Choose another.", "time");
    }
    const people = [
      { name: actor.name, timeZone: actor.timeZone, isActor: true },
      { name: buddy.name, timeZone: buddy.timeZone, isActor: false },
    ];
    const warning = input.confirmOutsideHours === "yes" ? null : outsideHoursWarning(startsAt, input.durationMinutes, people);
    if (warning) return warning;
    const proposalCount = session.proposalCount + 1;
    await tx.reviewSession.update({
      where: { id: grant.session.id },
      data: { proposedStartsAt: startsAt, proposedTimeZone: actor.timeZone, proposedDurationMinutes: input.durationMinutes, proposedById: actor.id, proposedAt: now, proposalCount },
    });
    await createNotification(tx, { userId: buddy.id, kind: "review-time-proposed", title: `${actor.name} proposed another time for your goal review`, link: reviewPath(grant.pairingId, grant.session.id) });
    const id = await enqueueDelivery(tx, { kind: REVIEW_PROPOSAL_KIND, recipientId: buddy.id, recipientEmail: buddy.email, subjectId: grant.session.id, dueKey: proposalKey(proposalCount), dueAt: now });
    return id ? [id] : [];
  });
  if (!Array.isArray(outcome)) return outcome;
  await sendQueuedReviewEmails(outcome, now);
  return { ok: true, sessionId, startsAt };
}

/**
 * Confirms the time the buddy proposed: the session moves there (in the proposer's zone, now
 * counted as booked by them), SEQUENCE + 1, and both get the updated invitation. `proposalCount`
 * is the proposal the person saw: one replaced since is refused, never confirmed unseen.
 */
export async function confirmProposedReviewTime(actor: SessionUser, sessionId: string, proposalCount: number, now = new Date()): Promise<{ ok: true; startsAt: Date }> {
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    const { grant, session, buddy } = await loadForAnswer(tx, actor, sessionId);
    const { proposedStartsAt, proposedTimeZone, proposedDurationMinutes, proposedById } = session;
    if (!proposedStartsAt || !proposedTimeZone || !proposedDurationMinutes || proposedById !== buddy.id) throw nothingToConfirm();
    if (session.proposalCount !== proposalCount) throw changedSince();
    if (proposedStartsAt <= now) throw timePassed();
    const sequence = session.sequence + 1;
    await tx.reviewSession.update({
      where: { id: grant.session.id },
      data: { startsAt: proposedStartsAt, timeZone: proposedTimeZone, durationMinutes: proposedDurationMinutes, sequence, scheduledAt: now, scheduledById: buddy.id, ...NO_PROPOSAL },
    });
    await createNotification(tx, { userId: buddy.id, kind: "review-time-confirmed", title: `${actor.name} confirmed the new time for your goal review`, link: reviewPath(grant.pairingId, grant.session.id) });
    const deliveryIds = await queueReviewEmails(tx, { kind: REVIEW_INVITE_KIND, sessionId: grant.session.id, dueKey: confirmedSequenceKey(sequence), people: [grant.me, buddy], now });
    return { deliveryIds, startsAt: proposedStartsAt };
  });
  await sendQueuedReviewEmails(outcome.deliveryIds, now);
  return { ok: true, startsAt: outcome.startsAt };
}

export type AlternativeSlot = { date: string; time: string; durationMinutes: number; startsAt: Date; withinBothHours: boolean };

/**
 * What the "propose another time" picker starts from: by the same rule as every suggestion
 * (a weekday, 08:00–21:00 for both, clear of both people's other sessions), the first such time
 * from the day after the booked one, nearest the booked local time in the actor's zone.
 */
export async function suggestAlternativeTime(actor: SessionUser, sessionId: string, now = new Date()): Promise<AlternativeSlot> {
  const db = await getDb();
  const grant = await authorizeReviewSession(db, actor, sessionId);
  return suggestAlternativeTimeFor(actor, grant.pairingId, grant.session, now);
}

/** suggestAlternativeTime for the pairing's booked session the caller already read (the buddy page's next review). */
export async function suggestAlternativeTimeFor(actor: SessionUser, pairingId: string, session: { startsAt: Date; durationMinutes: number }, now = new Date()): Promise<AlternativeSlot> {
  const { buddy } = await authorizePairingView(actor, pairingId);
  const { startsAt, durationMinutes } = session;
  const booked = localParts(startsAt, actor.timeZone);
  const dayAfter = toInstant(booked.date, "00:00", actor.timeZone);
  const fromDay = new Date(Math.max(dayAfter.getTime() + 24 * 3600_000, now.getTime()));
  const busy = (await busyIntervalsForView(actor.id, buddy.id, fromDay)).filter((interval) => interval.startsAt.getTime() !== startsAt.getTime());
  const preferred = booked.time.endsWith(":00") || booked.time.endsWith(":30") ? booked.time : `${String(SUGGESTED_HOUR).padStart(2, "0")}:00`;
  const shared = findSharedSlot({ from: fromDay, zones: [actor.timeZone, buddy.timeZone], preferredTime: preferred, durationMinutes, busy });
  if (shared) return { ...localParts(shared, actor.timeZone), durationMinutes, startsAt: shared, withinBothHours: true };
  const fallback = new Date(startsAt.getTime() + 24 * 3600_000);
  return { ...localParts(fallback, actor.timeZone), durationMinutes: durationMinutes || DEFAULT_DURATION_MINUTES, startsAt: fallback, withinBothHours: false };
}
