// Reviews at a civil hour for both people: the suggested slot, the warning before booking
// outside someone's hours, and the next review booked on closing, across London, New York and
// Kathmandu (+05:45), including the weeks when the US has changed clocks and the UK has not.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { closeReviewSession } from "./close-review";
import { rescheduleReviewSession, scheduleReviewSession, scheduleSuggestedReview, suggestReviewSlot } from "./schedule-review";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createReviewSession } from "@/test/integration/factories";
import { inviteOf, reviewPair } from "@/test/integration/reviews";

const { db, mail } = setupAccountHarness();
const local = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("ccc HH:mm");

describe("the suggested review slot", () => {
  it("London and New York: inside 08:00–21:00 on a weekday for both, and the invitation says so in UTC", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma, { startedAt: new Date("2026-10-01T12:00:00Z") });
    const now = new Date("2026-12-03T10:00:00Z");
    const slot = await suggestReviewSlot(ada, pairing.id, now);
    expect(slot.withinBothHours).toBe(true);
    expect(local(slot.startsAt, "Europe/London")).toBe("Fri 18:00");
    expect(local(slot.startsAt, "America/New_York")).toBe("Fri 13:00");
    // Grace asks from New York: 18:00 there is 23:00 in London, so the nearest civil time for both.
    const forGrace = await suggestReviewSlot(grace, pairing.id, now);
    expect(local(forGrace.startsAt, "America/New_York")).toBe("Fri 15:00");
    expect(local(forGrace.startsAt, "Europe/London")).toBe("Fri 20:00");

    const booked = await scheduleSuggestedReview(grace, pairing.id, now);
    expect(booked.ok).toBe(true);
    const invitation = inviteOf(await mail().waitFor(ada.email, "Goal review with Grace"));
    expect(invitation.start).toBe(forGrace.startsAt.toISOString());
  });

  it("avoids a session either person already has with another buddy", async () => {
    const { ada, pairing } = await reviewPair(db.prisma);
    const { pairing: other } = await reviewPair(db.prisma);
    await db.prisma.buddyPairing.update({ where: { id: other.id }, data: { userAId: ada.id } });
    const now = new Date("2026-12-03T10:00:00Z");
    const first = await suggestReviewSlot(ada, pairing.id, now);
    await createReviewSession(db.prisma, other, ada, { startsAt: first.startsAt, timeZone: "Europe/London" });
    const second = await suggestReviewSlot(ada, pairing.id, now);
    expect(second.startsAt.getTime()).not.toBe(first.startsAt.getTime());
    expect(Math.abs(second.startsAt.getTime() - first.startsAt.getTime())).toBeGreaterThanOrEqual(60 * 60_000);
  });

  it("in the DST gap week (US on summer time, UK not yet) New York's suggestion is 16:00, London 20:00", async () => {
    const { grace, pairing } = await reviewPair(db.prisma, { startedAt: new Date("2026-12-16T12:00:00Z") });
    const slot = await suggestReviewSlot(grace, pairing.id, new Date("2027-03-10T12:00:00Z"));
    // Cadence: 3 months after 16 Dec is 16 Mar 2027 (a Tuesday), two days after the US change.
    expect(DateTime.fromJSDate(slot.startsAt, { zone: "America/New_York" }).toFormat("yyyy-MM-dd HH:mm")).toBe("2027-03-16 16:00");
    expect(local(slot.startsAt, "Europe/London")).toBe("Tue 20:00");
  });

  it("Kathmandu (+05:45) and London", async () => {
    const { ada, pairing } = await reviewPair(db.prisma, { graceZone: "Asia/Kathmandu" });
    const slot = await suggestReviewSlot(ada, pairing.id, new Date("2026-12-03T10:00:00Z"));
    expect(local(slot.startsAt, "Europe/London")).toBe("Fri 14:00");
    expect(local(slot.startsAt, "Asia/Kathmandu")).toBe("Fri 19:45");
  });
});

describe("booking outside someone's hours", () => {
  it("warns (09:00 London is 04:00 New York) and books only when confirmed; moving there warns too", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const now = new Date("2026-12-03T10:00:00Z");
    const warned = await scheduleReviewSession(ada, pairing.id, { date: "2026-12-10", time: "09:00", durationMinutes: 60 }, now);
    expect(warned).toMatchObject({ ok: false, reason: "outside-hours", message: "That is Thu 04:00 for Grace (America/New_York), outside 8:00–21:00. Book it anyway?" });
    expect(await db.prisma.reviewSession.count({ where: { pairingId: pairing.id } })).toBe(0);

    const booked = await scheduleReviewSession(ada, pairing.id, { date: "2026-12-10", time: "09:00", durationMinutes: 60, confirmOutsideHours: "yes" }, now);
    expect(booked.ok).toBe(true);
    if (!booked.ok) return;
    const moved = await rescheduleReviewSession(grace, booked.sessionId, { date: "2026-12-11", time: "22:00", durationMinutes: 60 }, now);
    expect(moved).toMatchObject({ ok: false, reason: "outside-hours" });
    expect(moved.ok ? "" : moved.message).toBe("That is Fri 22:00 for you (America/New_York) and Sat 03:00 for Ada (Europe/London), outside 8:00–21:00. Book it anyway?");
  });
});

describe("the next review booked on closing", () => {
  it("keeps the same local time when it suits both, and otherwise takes the nearest civil time for both", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const now = new Date("2026-12-03T10:00:00Z");
    const civil = await scheduleReviewSession(ada, pairing.id, { date: "2026-12-10", time: "18:00", durationMinutes: 60 }, now);
    if (!civil.ok) throw new Error("expected a booking");
    const closed = await closeReviewSession(grace, civil.sessionId, new Date("2026-12-10T19:00:00Z"));
    if (!closed.ok) throw new Error("expected it closed");
    expect(DateTime.fromJSDate(closed.nextStartsAt, { zone: "Europe/London" }).toFormat("yyyy-MM-dd HH:mm")).toBe("2027-03-10 18:00");

    // A review held at 04:00 for Grace is not repeated at 04:00: the next one moves into both people's hours.
    await db.prisma.reviewSession.deleteMany({ where: { pairingId: pairing.id, status: "SCHEDULED" } });
    const early = await scheduleReviewSession(ada, pairing.id, { date: "2026-12-17", time: "09:00", durationMinutes: 60, confirmOutsideHours: "yes" }, now);
    if (!early.ok) throw new Error("expected a booking");
    const next = await closeReviewSession(ada, early.sessionId, new Date("2026-12-17T10:00:00Z"));
    if (!next.ok) throw new Error("expected it closed");
    // 17 March 2027 falls in the weeks when New York has changed clocks and London has not (4 hours apart).
    expect(local(next.nextStartsAt, "Europe/London")).toBe("Wed 12:00");
    expect(local(next.nextStartsAt, "America/New_York")).toBe("Wed 08:00");
    expect(DateTime.fromJSDate(next.nextStartsAt, { zone: "Europe/London" }).toISODate()).toBe("2027-03-17");
  });
});
