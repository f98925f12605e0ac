// Answering a booked review with another time: who may propose and confirm (and that a guessed
// id is a 404), what each email says in each person's zone, the updated invitation (same UID,
// higher SEQUENCE) after a confirmation, and a proposal across the weeks when only the US has
// changed its clocks.
import { describe, expect, it } from "vitest";
import { endPairing } from "@/lib/buddies/pairings";
import { reviewUid } from "@/lib/calendar/event-uids";
import { setupAccountHarness, TEST_APP_URL } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { expectBooked, inviteOf, reviewPair } from "@/test/integration/reviews";
import { rescheduleReviewSession, scheduleReviewSession } from "./schedule-review";
import { confirmProposedReviewTime, proposeReviewTime, suggestAlternativeTime } from "./propose-time";
import { renderReviewTimeProposal } from "./proposal-email";
import { getScheduledReview, listPastReviews } from "./history";

const { db, mail } = setupAccountHarness();
const NOW = new Date("2027-01-04T10:00:00Z");
const LATER = new Date("2027-01-05T10:00:00Z");

const proposalDelivery = (recipient: { id: string; email: string }, sessionId: string, dueKey: string) => ({
  id: "x",
  kind: "review-time-proposal",
  recipientId: recipient.id,
  recipientEmail: recipient.email,
  subjectId: sessionId,
  dueKey,
  dueAt: NOW,
  attempts: 1,
});

describe("proposing another time for a booked review", () => {
  it("the invitee proposes, the booker proposes again, the invitee confirms: one updated REQUEST each, same UID, SEQUENCE 1", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    // Wednesday 10 February 2027, 18:00 in London = 13:00 in New York.
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));

    // The one who booked reschedules instead; she has nothing to propose against.
    await expect(proposeReviewTime(ada, booked.sessionId, { date: "2027-02-11", time: "18:00", durationMinutes: 60 }, NOW)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("reschedule it instead") });

    // Grace proposes Thursday 12:30 in New York (17:30 in London); the booked time stands meanwhile.
    expect(await proposeReviewTime(grace, booked.sessionId, { date: "2027-02-11", time: "12:30", durationMinutes: 60 }, NOW)).toMatchObject({ ok: true, startsAt: new Date("2027-02-11T17:30:00Z") });
    const proposed = await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId } });
    expect(proposed).toMatchObject({ startsAt: new Date("2027-02-10T18:00:00Z"), sequence: 0, proposedStartsAt: new Date("2027-02-11T17:30:00Z"), proposedTimeZone: "America/New_York", proposedById: grace.id, proposalCount: 1 });

    const toAda = await mail().waitFor(ada.email, "Grace proposed another time for your goal review");
    expect(toAda.subject).toBe("Grace proposed another time for your goal review");
    expect(toAda.html).toContain("Grace proposed another time for your goal review");
    expect(toAda.text).toContain("Thursday 11 February 2027, 17:30–18:30 (Europe/London)\nFor Grace: Thursday 11 February 2027, 12:30–13:30 (America/New_York)");
    expect(toAda.text).toContain("Until you confirm it, the booked time stands: Wednesday 10 February 2027, 18:00–19:00 (Europe/London).");
    expect(toAda.text).toContain(`${TEST_APP_URL}/buddies/${pairing.id}/reviews/${booked.sessionId}`);
    expect(toAda.attachments).toEqual([]);
    expect(await db.prisma.notification.findFirst({ where: { userId: ada.id, kind: "review-time-proposed" }, select: { title: true, link: true } })).toEqual({
      title: "Grace proposed another time for your goal review",
      link: `/buddies/${pairing.id}/reviews/${booked.sessionId}`,
    });
    // Both see the same state: Ada is asked, Grace waits.
    expect((await listPastReviews(ada, pairing.id)).next?.proposal).toMatchObject({ byMe: false, byName: "Grace", count: 1, startsAt: new Date("2027-02-11T17:30:00Z") });
    expect((await getScheduledReview(grace, booked.sessionId))?.proposal).toMatchObject({ byMe: true, count: 1 });

    // Grace cannot confirm her own proposal.
    await expect(confirmProposedReviewTime(grace, booked.sessionId, 1, NOW)).rejects.toMatchObject({ code: "CONFLICT", message: "There is no new time waiting for you to confirm." });

    // Ada proposes again: Friday 18:00 London. The first proposal's email, had it not gone yet, is void.
    expect(await proposeReviewTime(ada, booked.sessionId, { date: "2027-02-12", time: "18:00", durationMinutes: 60 }, LATER)).toMatchObject({ ok: true });
    expect(await renderReviewTimeProposal(db.prisma, proposalDelivery(ada, booked.sessionId, "proposal:1"))).toBeNull();
    expect(await renderReviewTimeProposal(db.prisma, proposalDelivery(grace, booked.sessionId, "proposal:2"))).not.toBeNull();
    // Only the one asked gets the proposal's email.
    expect(await renderReviewTimeProposal(db.prisma, proposalDelivery(ada, booked.sessionId, "proposal:2"))).toBeNull();
    expect((await mail().waitFor(grace.email, "Ada proposed another time")).text).toContain("Friday 12 February 2027, 13:00–14:00 (America/New_York)\nFor Ada: Friday 12 February 2027, 18:00–19:00 (Europe/London)");

    // A confirmation of the proposal Grace saw before is refused, never applied to the newer one.
    await expect(confirmProposedReviewTime(grace, booked.sessionId, 1, LATER)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed since") });
    expect(await confirmProposedReviewTime(grace, booked.sessionId, 2, LATER)).toEqual({ ok: true, startsAt: new Date("2027-02-12T18:00:00Z") });

    const confirmed = await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId } });
    expect(confirmed).toMatchObject({ status: "SCHEDULED", startsAt: new Date("2027-02-12T18:00:00Z"), timeZone: "Europe/London", sequence: 1, scheduledById: ada.id, scheduledAt: LATER, proposedStartsAt: null, proposedById: null, proposalCount: 2 });
    for (const person of [ada, grace]) {
      const updates = mail()
        .to(person.email)
        .filter((email) => email.subject.startsWith("Updated: Goal review"));
      expect(updates).toHaveLength(1);
      expect(inviteOf(updates[0]!)).toMatchObject({ method: "REQUEST", uid: reviewUid(booked.sessionId), sequence: 1, start: "2027-02-12T18:00:00.000Z", end: "2027-02-12T19:00:00.000Z" });
    }
    const forGrace = await mail().waitFor(grace.email, "Updated: Goal review");
    expect(forGrace.subject).toBe("Updated: Goal review with Ada, Friday 12 February 2027, 13:00–14:00 (America/New_York)");
    expect(forGrace.text).toContain("New time confirmed for your review with Ada");
    expect(forGrace.text).toContain("You confirmed the time Ada proposed for your goal review. The new time is:\n\nFriday 12 February 2027, 13:00–14:00 (America/New_York)");
    const forAda = await mail().waitFor(ada.email, "Updated: Goal review");
    expect(forAda.text).toContain("Grace confirmed the time you proposed for your goal review. The new time is:\n\nFriday 12 February 2027, 18:00–19:00 (Europe/London)");
    expect(await db.prisma.notification.count({ where: { userId: ada.id, kind: "review-time-confirmed" } })).toBe(1);

    // Nothing waits any more.
    await expect(confirmProposedReviewTime(grace, booked.sessionId, 2, LATER)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listPastReviews(grace, pairing.id)).next).toMatchObject({ proposal: null, bookedByMe: false });
  });

  it("warns before proposing a time outside 08:00–21:00 for either, and keeps nothing until confirmed", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));
    // 18:00 in New York is 23:00 in London.
    const warned = await proposeReviewTime(grace, booked.sessionId, { date: "2027-02-11", time: "18:00", durationMinutes: 60 }, NOW);
    expect(warned).toEqual({ ok: false, reason: "outside-hours", message: "That is Thu 23:00 for Ada (Europe/London), outside 8:00–21:00. Book it anyway?" });
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId }, select: { proposedStartsAt: true, proposalCount: true } })).toEqual({ proposedStartsAt: null, proposalCount: 0 });
    expect(await proposeReviewTime(grace, booked.sessionId, { date: "2027-02-11", time: "18:00", durationMinutes: 60, confirmOutsideHours: "yes" }, NOW)).toMatchObject({ ok: true });
    // A time already past, and the time already booked, are field errors.
    await expect(proposeReviewTime(grace, booked.sessionId, { date: "2027-01-03", time: "12:00", durationMinutes: 60 }, NOW)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "date" });
    await expect(proposeReviewTime(grace, booked.sessionId, { date: "2027-02-10", time: "13:00", durationMinutes: 60 }, NOW)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "time" });
  });

  it("suggests another time inside both people's hours on a later weekday", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-12", time: "18:00", durationMinutes: 60 }, NOW));
    // Friday 18:00 London: the next weekday is Monday 15 February, 18:00 London = 13:00 New York.
    expect(await suggestAlternativeTime(grace, booked.sessionId, NOW)).toMatchObject({ date: "2027-02-15", time: "13:00", durationMinutes: 60, startsAt: new Date("2027-02-15T18:00:00Z"), withinBothHours: true });
  });

  it("a reschedule voids a waiting proposal, and its email is not sent", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));
    await proposeReviewTime(grace, booked.sessionId, { date: "2027-02-11", time: "12:30", durationMinutes: 60 }, NOW);
    await expectBooked(rescheduleReviewSession(ada, booked.sessionId, { date: "2027-02-15", time: "18:00", durationMinutes: 60 }, NOW));
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId }, select: { proposedStartsAt: true, proposedById: true } })).toEqual({ proposedStartsAt: null, proposedById: null });
    expect(await renderReviewTimeProposal(db.prisma, proposalDelivery(ada, booked.sessionId, "proposal:1"))).toBeNull();
    await expect(confirmProposedReviewTime(ada, booked.sessionId, 1, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listPastReviews(ada, pairing.id)).next).toMatchObject({ proposal: null });
  });

  it("across the weeks when only the US has moved its clocks, each side reads its own local time", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    // Monday 8 March 2027, 18:00 in London (GMT) = 13:00 in New York (EST, five hours behind).
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-03-08", time: "18:00", durationMinutes: 60 }, NOW));
    // New York springs forward on 14 March, London on 28 March: for a fortnight they are four hours apart.
    await expectBooked(proposeReviewTime(grace, booked.sessionId, { date: "2027-03-15", time: "12:00", durationMinutes: 60 }, NOW));
    const toAda = await mail().waitFor(ada.email, "Grace proposed another time");
    expect(toAda.text).toContain("Monday 15 March 2027, 16:00–17:00 (Europe/London)\nFor Grace: Monday 15 March 2027, 12:00–13:00 (America/New_York)");
    await confirmProposedReviewTime(ada, booked.sessionId, 1, NOW);
    for (const person of [ada, grace]) {
      expect(inviteOf(await mail().waitFor(person.email, "Updated: Goal review"))).toMatchObject({ uid: reviewUid(booked.sessionId), sequence: 1, start: "2027-03-15T16:00:00.000Z", startZone: "UTC" });
    }
    expect((await mail().waitFor(ada.email, "Updated: Goal review")).subject).toBe("Updated: Goal review with Grace, Monday 15 March 2027, 16:00–17:00 (Europe/London)");
    expect((await mail().waitFor(grace.email, "Updated: Goal review")).subject).toBe("Updated: Goal review with Ada, Monday 15 March 2027, 12:00–13:00 (America/New_York)");
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId }, select: { timeZone: true } })).toEqual({ timeZone: "America/New_York" });
  });

  it("a stranger, an ex-buddy, a guessed id and a malformed one all get the same 404", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const mallory = await createSessionUser(db.prisma, { name: "Mallory" });
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-02-10", time: "18:00", durationMinutes: 60 }, NOW));
    await proposeReviewTime(grace, booked.sessionId, { date: "2027-02-11", time: "12:30", durationMinutes: 60 }, NOW);
    const input = { date: "2027-02-11", time: "12:00", durationMinutes: 60 };
    for (const sessionId of [booked.sessionId, "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f", "not-a-uuid"]) {
      await expect(proposeReviewTime(mallory, sessionId, input, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(confirmProposedReviewTime(mallory, sessionId, 1, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(suggestAlternativeTime(mallory, sessionId, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getScheduledReview(mallory, sessionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await endPairing(grace, pairing.id, NOW);
    await expect(confirmProposedReviewTime(ada, booked.sessionId, 1, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proposeReviewTime(grace, booked.sessionId, input, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: booked.sessionId }, select: { startsAt: true, sequence: true } })).toMatchObject({ sequence: 1 });
  });
});
