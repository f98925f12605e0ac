// Review reminders 7 days, 1 day and 1 hour before, through the real planner, ledger and SMTP:
// each once, at its moment; none whose moment was before the session was (re)scheduled; the
// latest one only when a pass runs late; none after a cancellation or for a stale time.
import { expectBooked } from "@/test/integration/reviews";
import { describe, expect, it } from "vitest";
import { deliverDueEmails } from "@/lib/reminders/deliver-due";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { reviewPair } from "@/test/integration/reviews";
import { cancelReviewSession, rescheduleReviewSession, scheduleReviewSession } from "./schedule-review";
import { dueReviewReminder, planReviewReminders, REVIEW_REMINDER_KIND } from "./reminders";

const { db, mail } = setupAccountHarness();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (instant: Date, offsetMs: number) => new Date(instant.getTime() + offsetMs);

/** One scheduler pass as deliver-due will run it: the planner, then the ledger. */
async function pass(now: Date) {
  await planReviewReminders(db.prisma, now);
  await deliverDueEmails({ now });
}

async function remindersFor(sessionId: string) {
  const rows = await db.prisma.emailDelivery.findMany({ where: { kind: REVIEW_REMINDER_KIND, subjectId: sessionId }, orderBy: [{ dueAt: "asc" }, { recipientEmail: "asc" }] });
  return rows.map((row) => ({ to: row.recipientEmail, key: row.dueKey.slice(row.dueKey.lastIndexOf(":") + 1), status: row.status }));
}

describe("dueReviewReminder", () => {
  const startsAt = new Date("2027-05-10T17:00:00Z");
  const scheduledAt = new Date("2027-04-01T09:00:00Z");
  it.each([
    [-8 * DAY, null],
    [-7 * DAY - 60_000, null],
    [-7 * DAY, "-7d"],
    [-2 * DAY, "-7d"],
    [-DAY + 60_000, "-1d"],
    [-HOUR, "-1h"],
    [-60_000, "-1h"],
    [0, null],
  ])("at %d ms from the start: %s", (offset, key) => {
    expect(dueReviewReminder({ startsAt, scheduledAt }, at(startsAt, offset))?.key ?? null).toBe(key);
  });
  it("never a moment before the session was scheduled", () => {
    const late = { startsAt, scheduledAt: at(startsAt, -3 * DAY) };
    expect(dueReviewReminder(late, at(startsAt, -3 * DAY + 60_000))).toBeNull();
    expect(dueReviewReminder(late, at(startsAt, -DAY))?.key).toBe("-1d");
  });
});

describe("review reminders", () => {
  it("sends 7 days, 1 day and 1 hour before, each once, with unsubscribe links, to people who want them", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2027-05-10", time: "18:00", durationMinutes: 60 }, new Date("2027-04-01T09:00:00Z")));
    const startsAt = booked.startsAt;
    expect(startsAt.toISOString()).toBe("2027-05-10T17:00:00.000Z");

    await pass(at(startsAt, -8 * DAY));
    expect(await remindersFor(booked.sessionId)).toEqual([]);
    for (const moment of [-7 * DAY + 60_000, -7 * DAY + 5 * 60_000, -3 * DAY, -DAY + 60_000, -12 * HOUR, -HOUR + 60_000, -30 * 60_000]) await pass(at(startsAt, moment));
    await pass(at(startsAt, 60_000));

    const sent = (key: string) => [ada.email, grace.email].sort().map((to) => ({ to, key, status: "SENT" }));
    expect(await remindersFor(booked.sessionId)).toEqual([...sent("-7d"), ...sent("-1d"), ...sent("-1h")]);
    const adaReminders = mail()
      .to(ada.email)
      .filter((message) => message.subject.startsWith("Reminder:"));
    expect(adaReminders.map((message) => message.subject)).toEqual(["Reminder: goal review with Grace in a week", "Reminder: goal review with Grace tomorrow", "Reminder: goal review with Grace in an hour"]);
    const graceReminder = mail()
      .to(grace.email)
      .find((message) => message.subject === "Reminder: goal review with Ada tomorrow");
    expect(graceReminder?.text).toContain("Monday 10 May 2027, 13:00–14:00 (America/New_York)");
    expect(graceReminder?.text).toContain("Unsubscribe from review reminders:\nhttp://stepwise.test/unsubscribe/");
    // mailparser gathers the List-* headers under "list".
    const list = graceReminder?.headers.get("list") as { unsubscribe?: { url?: string }; "unsubscribe-post"?: { name?: string } } | undefined;
    expect(list?.unsubscribe?.url).toMatch(/^http:\/\/stepwise\.test\/api\/unsubscribe\//);
    expect(JSON.stringify(list?.["unsubscribe-post"])).toContain("One-Click");
  });

  it("sends nothing for moments before scheduling, only the latest when a pass is late, and respects the preference", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    await db.prisma.user.update({ where: { id: grace.id }, data: { reviewRemindersEnabled: false } });
    // Booked 3 days ahead: no 7-day reminder, ever.
    const bookedAt = new Date("2028-03-01T09:00:00Z");
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2028-03-04", time: "09:00", durationMinutes: 60, confirmOutsideHours: "yes" }, bookedAt)); // 04:00 in New York: booked past the warning
    await pass(at(bookedAt, 60_000));
    await pass(at(bookedAt, DAY));
    expect(await remindersFor(booked.sessionId)).toEqual([]);
    // The scheduler was down until 2 hours before: only the 1-day reminder goes out, not a pile.
    await pass(at(booked.startsAt, -2 * HOUR));
    expect(await remindersFor(booked.sessionId)).toEqual([{ to: ada.email, key: "-1d", status: "SENT" }]);
  });

  it("skips a queued reminder after the session is cancelled or moved; a moved session gets reminders for its new time", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2029-06-20", time: "18:00", durationMinutes: 60 }, new Date("2029-05-01T09:00:00Z")));
    const weekBefore = at(booked.startsAt, -7 * DAY + 60_000);
    // Planned, but not yet sent when Grace moves the session a day later.
    await planReviewReminders(db.prisma, weekBefore);
    const moved = await expectBooked(rescheduleReviewSession(grace, booked.sessionId, { date: "2029-06-21", time: "13:00", durationMinutes: 60 }, at(weekBefore, 60_000)));
    await deliverDueEmails({ now: at(weekBefore, 2 * 60_000) });
    expect((await remindersFor(booked.sessionId)).map((row) => row.status)).toEqual(["SKIPPED", "SKIPPED"]);
    // The new time has its own reminders (new keys), from the move on.
    await pass(at(moved.startsAt, -6 * DAY));
    await pass(at(moved.startsAt, -DAY + 60_000));
    const rows = await remindersFor(booked.sessionId);
    expect(rows.filter((row) => row.status === "SENT").map((row) => row.key)).toEqual(["-7d", "-7d", "-1d", "-1d"]);

    // Cancelled before a queued reminder went out: skipped.
    await planReviewReminders(db.prisma, at(moved.startsAt, -HOUR + 60_000));
    await cancelReviewSession(ada, booked.sessionId, at(moved.startsAt, -HOUR + 90_000));
    await deliverDueEmails({ now: at(moved.startsAt, -HOUR + 120_000) });
    expect((await remindersFor(booked.sessionId)).filter((row) => row.key === "-1h").map((row) => row.status)).toEqual(["SKIPPED", "SKIPPED"]);
    await pass(at(moved.startsAt, -30 * 60_000));
    expect((await remindersFor(booked.sessionId)).length).toBe(8);
  });

  it("stops when the pairing ends", async () => {
    const { ada, pairing } = await reviewPair(db.prisma);
    const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: "2030-02-10", time: "18:00", durationMinutes: 60 }, new Date("2030-01-01T09:00:00Z")));
    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { status: "ENDED", endedAt: new Date("2030-01-02T09:00:00Z") } });
    await pass(at(booked.startsAt, -DAY + 60_000));
    expect(await remindersFor(booked.sessionId)).toEqual([]);
  });
});
