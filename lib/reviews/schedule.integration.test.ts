// Scheduling, rescheduling and cancelling a review session: what both people receive (the
// iCalendar invitation parsed with ical.js), the calendar feed, and who may do it.
import { expectBooked } from "@/test/integration/reviews";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { listCalendarEvents, reviewUid } from "@/lib/calendar/calendar-events";
import { endPairing } from "@/lib/buddies/pairings";
import { setupAccountHarness, TEST_APP_URL } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { inviteOf, reviewPair, sharedGoal } from "@/test/integration/reviews";
import { cancelReviewSession, rescheduleReviewSession, scheduleReviewSession, scheduleSuggestedReview, suggestReviewSlot } from "./schedule-review";
import { renderReviewInvite } from "./invite-emails";
import { getReviewAgenda } from "./agenda";
import { getReviewState } from "./review-state";
import { saveReviewDecision } from "./save-decision";
import { saveReviewNotes } from "./save-notes";
import { closeReviewSession } from "./close-review";
import { listPastReviews } from "./history";

const { db, mail } = setupAccountHarness();
const NOW = new Date("2027-01-04T10:00:00Z");

describe("scheduling a review", () => {
  it("sends both people an invitation (METHOD:REQUEST, stable UID, SEQUENCE 0, start in UTC) and shows each their own zone", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const result = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-03-02", time: "18:00", durationMinutes: 45 }, NOW));
    expect(result.startsAt.toISOString()).toBe("2027-03-02T18:00:00.000Z");
    const session = await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ status: "SCHEDULED", sequence: 0, timeZone: "Europe/London", durationMinutes: 45, scheduledById: ada.id, scheduledAt: NOW });

    for (const person of [ada, grace]) {
      const email = await mail().waitFor(person.email, "Goal review with");
      const invite = inviteOf(email);
      expect(invite.attachment.contentType).toBe("text/calendar");
      expect(invite.attachment.method).toBe("REQUEST");
      expect(invite).toMatchObject({
        method: "REQUEST",
        uid: `review-${result.sessionId}@stepwise`,
        sequence: 0,
        start: "2027-03-02T18:00:00.000Z",
        end: "2027-03-02T18:45:00.000Z",
        startZone: "UTC",
        url: `${TEST_APP_URL}/buddies/${pairing.id}/reviews/${result.sessionId}`,
      });
      expect(invite.organizer).toMatch(/^mailto:/);
      expect(invite.attendees.sort()).toEqual([`mailto:${ada.email}`, `mailto:${grace.email}`].sort());
    }
    const forGrace = await mail().waitFor(grace.email, "Goal review with Ada");
    expect(forGrace.subject).toBe("Goal review with Ada, Tuesday 2 March 2027, 13:00–13:45 (America/New_York)");
    expect(forGrace.text).toContain("Ada scheduled a goal review with you for:\n\nTuesday 2 March 2027, 13:00–13:45 (America/New_York)");
    expect((await mail().waitFor(ada.email, "Goal review with Grace")).text).toContain("Tuesday 2 March 2027, 18:00–18:45 (Europe/London)");
    expect(await db.prisma.notification.count({ where: { userId: grace.id, kind: "review-scheduled" } })).toBe(1);
  });

  it("refuses a second scheduled session, and a time in the past", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    await expect(scheduleReviewSession(ada, pairing.id, { date: "2027-01-04", time: "09:00", durationMinutes: 60 }, NOW)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "date" });
    expect(await scheduleReviewSession(ada, pairing.id, { date: "2027-02-01", time: "18:00", durationMinutes: 60 }, NOW)).toMatchObject({ ok: true });
    const second = scheduleReviewSession(grace, pairing.id, { date: "2027-02-02", time: "18:00", durationMinutes: 60 }, NOW);
    await expect(second).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already have a review scheduled") });
    expect(await db.prisma.reviewSession.count({ where: { pairingId: pairing.id } })).toBe(1);
  });

  it("lets one of two simultaneous bookings through", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const results = await Promise.allSettled([
      scheduleReviewSession(ada, pairing.id, { date: "2027-02-01", time: "18:00", durationMinutes: 60 }, NOW),
      // 18:00 in New York is 23:00 for Ada in London: confirmed, since this test is about the race.
      scheduleReviewSession(grace, pairing.id, { date: "2027-02-03", time: "18:00", durationMinutes: 60, confirmOutsideHours: "yes" }, NOW),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected")).toMatchObject([{ reason: { code: "CONFLICT", message: expect.stringContaining("already have a review scheduled") } }]);
    expect(await db.prisma.reviewSession.count({ where: { pairingId: pairing.id } })).toBe(1);
  });

  it("suggests the next weekday by the cadence, nearest 18:00 in the actor's zone within both people's hours, and books it in one click", async () => {
    const { grace, pairing } = await reviewPair(db.prisma, { startedAt: new Date("2026-12-01T15:00:00Z") });
    // 1 Dec 2026 + 3 months = Monday 1 March 2027. 18:00 in New York would be 23:00 in London
    // (Ada's zone), so the nearest time inside 08:00–21:00 for both: 15:00 EST = 20:00Z = 20:00 London.
    expect(await suggestReviewSlot(grace, pairing.id, NOW)).toMatchObject({ date: "2027-03-01", time: "15:00", durationMinutes: 60, startsAt: new Date("2027-03-01T20:00:00Z"), withinBothHours: true });
    const booked = await expectBooked(scheduleSuggestedReview(grace, pairing.id, NOW));
    expect(booked).toMatchObject({ ok: true, startsAt: new Date("2027-03-01T20:00:00Z") });
  });

  it("rescheduling sends an update with a higher SEQUENCE and the same UID; the feed follows", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const first = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));
    // Grace moves it, in her own zone: 12:30 in New York.
    const moved = await expectBooked(rescheduleReviewSession(grace, first.sessionId, { date: "2027-02-11", time: "12:30", durationMinutes: 30 }, new Date("2027-01-05T10:00:00Z")));
    expect(moved).toMatchObject({ ok: true, startsAt: new Date("2027-02-11T17:30:00Z") });
    for (const person of [ada, grace]) {
      const invite = inviteOf(await mail().waitFor(person.email, "Updated: Goal review"));
      expect(invite).toMatchObject({ method: "REQUEST", uid: reviewUid(first.sessionId), sequence: 1, start: "2027-02-11T17:30:00.000Z", end: "2027-02-11T18:00:00.000Z" });
    }
    expect((await mail().waitFor(ada.email, "Updated: Goal review")).text).toContain("Grace moved your goal review. The new time is:\n\nThursday 11 February 2027, 17:30–18:00 (Europe/London)");
    expect((await mail().waitFor(grace.email, "Updated: Goal review")).text).toContain("You moved your goal review with Ada. The new time is:");
    const session = await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: first.sessionId } });
    expect(session).toMatchObject({ sequence: 1, timeZone: "America/New_York", scheduledAt: new Date("2027-01-05T10:00:00Z") });

    // A superseded invitation (older SEQUENCE) that had not gone out yet is skipped.
    const stale = { id: "x", kind: "review-invite", recipientId: ada.id, recipientEmail: ada.email, subjectId: first.sessionId, dueKey: "seq:0", dueAt: NOW, attempts: 1 };
    expect(await renderReviewInvite(db.prisma, stale)).toBeNull();
    expect(await renderReviewInvite(db.prisma, { ...stale, dueKey: "seq:1" })).not.toBeNull();

    const events = await listCalendarEvents(grace, new Date("2027-01-05T10:00:00Z"));
    const event = events.find((candidate) => candidate.uid === reviewUid(first.sessionId));
    expect(event).toMatchObject({ kind: "timed", startsAt: new Date("2027-02-11T17:30:00Z"), durationMinutes: 30, sequence: 1, url: `${TEST_APP_URL}/buddies/${pairing.id}/reviews/${first.sessionId}` });
  });

  it("cancelling sends METHOD:CANCEL with a higher SEQUENCE and the same UID, and the feed drops it", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const first = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));
    await rescheduleReviewSession(ada, first.sessionId, { date: "2027-02-12", time: "18:00", durationMinutes: 60 }, NOW);
    expect(await cancelReviewSession(grace, first.sessionId, NOW)).toEqual({ ok: true });
    for (const person of [ada, grace]) {
      const email = await mail().waitFor(person.email, "Cancelled: Goal review");
      const invite = inviteOf(email);
      expect(invite.attachment.method).toBe("CANCEL");
      expect(invite).toMatchObject({ method: "CANCEL", uid: reviewUid(first.sessionId), sequence: 2, start: "2027-02-12T18:00:00.000Z" });
    }
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: first.sessionId } })).toMatchObject({ status: "CANCELLED", sequence: 2, cancelledAt: NOW });
    expect((await listCalendarEvents(ada, NOW)).some((event) => event.uid === reviewUid(first.sessionId))).toBe(false);
    // Cancelling twice, or rescheduling a cancelled session, does nothing.
    expect(await cancelReviewSession(ada, first.sessionId, NOW)).toEqual({ ok: false });
    await expect(rescheduleReviewSession(ada, first.sessionId, { date: "2027-02-20", time: "18:00", durationMinutes: 60 }, NOW)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("no longer scheduled") });
    // A new one can be booked now.
    expect(await scheduleReviewSession(ada, pairing.id, { date: "2027-02-20", time: "18:00", durationMinutes: 60 }, NOW)).toMatchObject({ ok: true });
  });
});

describe("ending a pairing", () => {
  it("cancels its scheduled review in both calendars (METHOD:CANCEL) and drops it from the feed", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-03-10", time: "18:00", durationMinutes: 60 }, NOW));
    await endPairing(grace, pairing.id, NOW);
    for (const person of [ada, grace]) {
      const invite = inviteOf(await mail().waitFor(person.email, "Cancelled: Goal review"));
      expect(invite).toMatchObject({ method: "CANCEL", uid: reviewUid(booked.sessionId), sequence: 1 });
    }
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId } })).toMatchObject({ status: "CANCELLED", sequence: 1, cancelledAt: NOW });
    expect((await listCalendarEvents(ada, NOW)).some((event) => event.uid === reviewUid(booked.sessionId))).toBe(false);
  });
});

describe("who may touch a review", () => {
  async function snapshot() {
    const [sessions, decisions, goals, deliveries] = await Promise.all([db.prisma.reviewSession.findMany({ orderBy: { id: "asc" } }), db.prisma.reviewDecision.findMany({ orderBy: { id: "asc" } }), db.prisma.goal.findMany({ orderBy: { id: "asc" } }), db.prisma.emailDelivery.count()]);
    return { sessions, decisions, goals, deliveries };
  }

  it("gives a stranger and an ex-buddy NotFound for everything, and changes nothing", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const stranger = await createSessionUser(db.prisma, { name: "Stranger" });
    const goal = await sharedGoal(db.prisma, ada, "Ship the redesign");
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));
    await mail().waitFor(grace.email, "Goal review with Ada");

    // Thunks, so each refusal is awaited as it happens.
    const attempts = (actor: typeof stranger): (() => Promise<unknown>)[] => [
      () => scheduleReviewSession(actor, pairing.id, { date: "2027-02-11", time: "18:00", durationMinutes: 60 }, NOW),
      () => suggestReviewSlot(actor, pairing.id, NOW),
      () => rescheduleReviewSession(actor, booked.sessionId, { date: "2027-02-11", time: "18:00", durationMinutes: 60 }, NOW),
      () => cancelReviewSession(actor, booked.sessionId, NOW),
      () => getReviewAgenda(actor, booked.sessionId, NOW),
      () => getReviewState(actor, booked.sessionId),
      () => saveReviewDecision(actor, booked.sessionId, { goalId: goal.id, decision: "DROP", newDeadline: null, newTargetValue: null, note: "", expectedVersion: 0 }, NOW),
      () => saveReviewNotes(actor, booked.sessionId, { notes: "hijack", expectedVersion: 0 }),
      () => closeReviewSession(actor, booked.sessionId, NOW),
      () => listPastReviews(actor, pairing.id),
    ];

    const before = await snapshot();
    for (const attempt of attempts(stranger)) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReviewState(stranger, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);

    await endPairing(ada, pairing.id);
    const ended = await snapshot();
    for (const attempt of attempts(grace)) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(ended);
  });
});
