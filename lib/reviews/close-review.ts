// Closing a review: the session is COMPLETED (its decisions were applied as they were saved),
// both people get a summary, and the next session is booked by the pairing's cadence at the
// same local time in the zone the session was scheduled in, with invitations to both.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createNotification } from "@/lib/notifications/notifications";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { authorizeReviewSession } from "./authorize-review";
import { queueReviewEmails } from "./invite-emails";
import { busyIntervals, createScheduledSession } from "./schedule-review";
import { REVIEW_SUMMARY_KIND, SUMMARY_DUE_KEY } from "./summary-email";
import { reviewPath } from "./review-links";
import { addCadence, localParts, toInstant } from "./review-time";
import { findSharedSlot, isWithinReasonableHours } from "./shared-hours";

export type CloseResult = { ok: true; nextSessionId: string; nextStartsAt: Date } | { ok: false; reason: "not-scheduled" };

export async function closeReviewSession(actor: SessionUser, sessionId: string, now = new Date()): Promise<CloseResult> {
  const db = await getDb();
  const outcome = await db.$transaction(async (tx) => {
    // FOR UPDATE: waits for decision saves in flight (they hold FOR SHARE), and blocks new ones.
    const grant = await authorizeReviewSession(tx, actor, sessionId, { lock: "update" });
    const { session } = grant;
    if (session.status !== "SCHEDULED") return null;
    await tx.reviewSession.update({ where: { id: session.id }, data: { status: "COMPLETED", completedAt: now, completedById: actor.id } });
    const pairing = await tx.buddyPairing.findUniqueOrThrow({ where: { id: grant.pairingId }, select: { reviewCadenceMonths: true } });
    // A review closed very late must not book the next one in the past.
    let nextStartsAt = addCadence(session.startsAt, session.timeZone, pairing.reviewCadenceMonths);
    for (let steps = 2; nextStartsAt <= now && steps < 100; steps += 1) nextStartsAt = addCadence(session.startsAt, session.timeZone, pairing.reviewCadenceMonths * steps);
    // The same local time suits both only if it is inside both people's hours and free; else the
    // nearest such time from that day on, by the same rule as the suggested slot.
    const zones = await tx.user.findMany({ where: { id: { in: [grant.me.id, grant.buddy.id] } }, select: { id: true, timeZone: true } });
    const otherZones = zones.map((person) => person.timeZone).filter((zone) => zone !== session.timeZone);
    const busy = (await busyIntervals(tx, [grant.me.id, grant.buddy.id], nextStartsAt)).filter((interval) => interval.startsAt.getTime() !== session.startsAt.getTime());
    const sameTimeFits = zones.every((person) => isWithinReasonableHours(nextStartsAt, session.durationMinutes, person.timeZone, { weekdaysOnly: false })) && !busy.some((interval) => nextStartsAt < interval.endsAt && interval.startsAt < new Date(nextStartsAt.getTime() + session.durationMinutes * 60_000));
    if (!sameTimeFits) {
      const local = localParts(nextStartsAt, session.timeZone);
      const shared = findSharedSlot({ from: toInstant(local.date, "00:00", session.timeZone), zones: [session.timeZone, ...otherZones], preferredTime: local.time, durationMinutes: session.durationMinutes, busy });
      if (shared && shared > now) nextStartsAt = shared;
    }
    const people = [grant.me, grant.buddy];
    const summaries = await queueReviewEmails(tx, { kind: REVIEW_SUMMARY_KIND, sessionId: session.id, dueKey: SUMMARY_DUE_KEY, people, now });
    const next = await createScheduledSession(tx, {
      pairingId: grant.pairingId,
      scheduledById: actor.id,
      startsAt: nextStartsAt,
      timeZone: session.timeZone,
      durationMinutes: session.durationMinutes,
      people,
      now,
    });
    await createNotification(tx, { userId: grant.buddy.id, kind: "review-closed", title: `${actor.name} closed your goal review`, link: reviewPath(grant.pairingId, session.id) });
    return { nextSessionId: next.id, nextStartsAt, deliveryIds: [...summaries, ...next.deliveryIds] };
  });
  if (!outcome) return { ok: false, reason: "not-scheduled" };
  for (const id of outcome.deliveryIds) await deliverSoon(id, now);
  return { ok: true, nextSessionId: outcome.nextSessionId, nextStartsAt: outcome.nextStartsAt };
}
