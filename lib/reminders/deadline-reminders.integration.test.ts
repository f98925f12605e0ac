// Deadline reminders end to end with a controllable clock: goals and steps in the database,
// scheduler passes at chosen instants, a real SMTP server receiving what is sent. The
// instants are checked against lib/reminders/schedule.ts (luxon), so PostgreSQL's zone
// arithmetic and the tz library agree, across daylight-saving changes included.
import { describe, expect, it } from "vitest";
import { deliverDueEmails, planDueEmails } from "./deliver-due";
import { DEFAULT_POLICY, planDeadlineReminders } from "./schedule";
import { toDbDate } from "@/lib/time/calendar-date";
import { readUnsubscribeToken } from "@/lib/unsubscribe/token";
import { unsubscribeWithToken } from "@/lib/unsubscribe/unsubscribe";
import { createTestUser } from "@/test/integration/database";
import { setupAccountHarness } from "@/test/integration/account-harness";
import type { CapturedEmail } from "@/test/integration/mail-capture";
import { createGoal, createStep } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Created long before any simulated clock, so no reminder predates its goal.
const LONG_AGO = new Date("2026-01-01T00:00:00Z");

async function personIn(timeZone: string, overrides: Parameters<typeof createTestUser>[1] = {}) {
  return createTestUser(db.prisma, { timeZone, emailVerifiedAt: LONG_AGO, ...overrides });
}

async function goalFor(ownerId: string, deadline: string, title = `Goal due ${deadline}`) {
  return createGoal(db.prisma, { id: ownerId }, { title, category: "KNOWLEDGE", deadline, createdAt: LONG_AGO });
}

type Arrival = { at: Date; email: CapturedEmail };

/** Runs one pass at each instant, in order, and returns what arrived for `to` and when. */
async function passesAt(times: Date[], to: string): Promise<Arrival[]> {
  const arrivals: Arrival[] = [];
  for (const at of [...times].sort((a, b) => a.getTime() - b.getTime())) {
    const before = mail().messages.length;
    await deliverDueEmails({ now: at });
    for (const email of mail().messages.slice(before)) if (email.to === to) arrivals.push({ at, email });
  }
  return arrivals;
}

/** Every `stepHours` between two instants: the background passes that must send nothing extra. */
function every(stepHours: number, from: Date, to: Date): Date[] {
  const times: Date[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += stepHours * HOUR) times.push(new Date(t));
  return times;
}

describe("deadline reminders", () => {
  const scenarios = [
    // The 1-day reminder falls on the spring-forward day itself (a 23-hour day).
    { zone: "America/New_York", deadline: "2027-03-15" },
    // 14 days before is EST, 7 days before is the day DST starts, the rest EDT.
    { zone: "America/New_York", deadline: "2027-03-21" },
    // The 1-day reminder falls on the fall-back day (a 25-hour day).
    { zone: "America/New_York", deadline: "2027-11-08" },
    { zone: "Europe/London", deadline: "2027-03-29" },
    { zone: "Europe/London", deadline: "2027-11-01" },
    { zone: "Asia/Kathmandu", deadline: "2027-06-10" },
    // Lord Howe moves by 30 minutes: back on 4 April 2027, forward on 3 October 2027.
    { zone: "Australia/Lord_Howe", deadline: "2027-04-05" },
    { zone: "Australia/Lord_Howe", deadline: "2027-10-04" },
  ];

  for (const { zone, deadline } of scenarios) {
    it(`sends the whole schedule for a goal and a step due ${deadline} in ${zone}, each once, at 09:00 local`, async () => {
      const owner = await personIn(zone);
      const goal = await goalFor(owner.id, deadline, `Ship the portfolio <${zone}>`);
      await createStep(db.prisma, goal, { title: "Draft the case study", deadline, createdAt: LONG_AGO });
      const expected = planDeadlineReminders({ deadline, timeZone: zone, policy: DEFAULT_POLICY });
      expect(expected.map((reminder) => reminder.offsetDays)).toEqual([14, 7, 1, 0, -1]);

      const first = expected[0]!.dueAt;
      const last = expected.at(-1)!.dueAt;
      const probes = expected.flatMap((reminder) => [new Date(reminder.dueAt.getTime() - MINUTE), reminder.dueAt]);
      const arrivals = await passesAt([...probes, ...every(5, new Date(first.getTime() - 2 * HOUR), new Date(last.getTime() + 30 * HOUR))], owner.email);

      // Goal and step: one email each per reminder, sent by the pass at the planned instant, not a minute before.
      expect(arrivals).toHaveLength(expected.length * 2);
      for (const reminder of expected) {
        const atThisInstant = arrivals.filter((arrival) => arrival.at.getTime() === reminder.dueAt.getTime());
        expect(atThisInstant.map((arrival) => arrival.email.subject).sort(), `${reminder.dueKey} at ${reminder.dueAt.toISOString()}`).toHaveLength(2);
      }
      const rows = await db.prisma.emailDelivery.findMany({ where: { recipientEmail: owner.email }, orderBy: { dueAt: "asc" } });
      expect(rows.every((row) => row.status === "SENT")).toBe(true);
      expect(rows.filter((row) => row.kind === "goal-reminder").map((row) => [row.dueKey, row.dueAt.toISOString()])).toEqual(expected.map((reminder) => [reminder.dueKey, reminder.dueAt.toISOString()]));
      const subjects = arrivals.filter((arrival) => !arrival.email.subject.includes("Draft")).map((arrival) => arrival.email.subject);
      expect(subjects).toEqual([`“Ship the portfolio <${zone}>” is due in 14 days`, `“Ship the portfolio <${zone}>” is due in 7 days`, `Due tomorrow: “Ship the portfolio <${zone}>”`, `Due today: “Ship the portfolio <${zone}>”`, `Overdue: “Ship the portfolio <${zone}>” was due yesterday`]);
      const html = arrivals[0]!.email.html;
      expect(html).toContain("Ship the portfolio &lt;");
      expect(html).not.toContain(`Ship the portfolio <${zone}>`);
      // The HTML part that arrived is the shared layout: both colour schemes, the brand button.
      expect(html).toContain(`<meta name="color-scheme" content="light dark">`);
      expect(html).toContain("@media (prefers-color-scheme: dark)");
      expect(html).toMatch(new RegExp(`<a class="sw-button" href="http://stepwise.test/goals/${goal.id}"`));
      expect(arrivals[0]!.email.text).toContain(`http://stepwise.test/goals/${goal.id}`);
    });
  }

  it("moves a reminder hour that does not exist that day (inside the spring-forward gap) to the first valid minute, as luxon does", async () => {
    const owner = await personIn("America/New_York", { reminderHour: 2, reminderOffsetsDays: [1], overdueRemindersEnabled: false });
    await goalFor(owner.id, "2027-03-15");
    const [expected] = planDeadlineReminders({ deadline: "2027-03-15", timeZone: "America/New_York", policy: { offsetsDays: [1], hour: 2, overdueNudge: false } });
    expect(expected!.dueAt.toISOString()).toBe("2027-03-14T07:00:00.000Z"); // 03:00 EDT
    const arrivals = await passesAt([new Date(expected!.dueAt.getTime() - MINUTE), expected!.dueAt, new Date("2027-03-14T12:00:00Z")], owner.email);
    expect(arrivals.map((arrival) => arrival.at.toISOString())).toEqual(["2027-03-14T07:00:00.000Z"]);
  });

  it("uses the person's own offsets and hour, and sends nothing when reminders are off", async () => {
    const custom = await personIn("Europe/Berlin", { reminderOffsetsDays: [3], reminderHour: 18, overdueRemindersEnabled: false });
    const silent = await personIn("Europe/Berlin", { deadlineRemindersEnabled: false });
    const unverified = await createTestUser(db.prisma, { timeZone: "Europe/Berlin" });
    for (const person of [custom, silent, unverified]) await goalFor(person.id, "2027-07-10");
    const times = every(1, new Date("2027-06-20T00:00:00Z"), new Date("2027-07-13T00:00:00Z"));
    const all = [...times];
    const before = mail().messages.length;
    for (const at of all) await deliverDueEmails({ now: at });
    const received = mail().messages.slice(before);
    expect(received.filter((email) => email.to === custom.email).map((email) => email.subject)).toEqual(["“Goal due 2027-07-10” is due in 3 days"]);
    const row = await db.prisma.emailDelivery.findFirstOrThrow({ where: { recipientEmail: custom.email } });
    expect(row.dueAt.toISOString()).toBe("2027-07-07T16:00:00.000Z"); // 18:00 in Berlin (CEST)
    expect(received.filter((email) => email.to === silent.email || email.to === unverified.email)).toEqual([]);
  });

  it("does not send a reminder whose moment came before the goal was created", async () => {
    const owner = await personIn("UTC");
    await createGoal(db.prisma, owner, { title: "Fresh goal", deadline: "2027-05-08", createdAt: new Date("2027-05-01T12:00:00Z") });
    const arrivals = await passesAt(every(6, new Date("2027-05-01T12:00:00Z"), new Date("2027-05-02T12:00:00Z")), owner.email);
    // 7 days before was 09:00 today, three hours before the goal existed.
    expect(arrivals).toEqual([]);
  });

  it("skips a planned reminder when, before it is sent, the goal is achieved or dropped, the step is done, or the deadline moves", async () => {
    const now = new Date("2027-09-03T09:00:00Z");
    const owner = await personIn("UTC");
    const achieved = await goalFor(owner.id, "2027-09-10", "Achieved goal");
    const dropped = await goalFor(owner.id, "2027-09-10", "Dropped goal");
    const moved = await goalFor(owner.id, "2027-09-10", "Moved goal");
    const deleted = await goalFor(owner.id, "2027-09-10", "Deleted goal");
    const kept = await goalFor(owner.id, "2027-09-10", "Kept goal");
    const step = await createStep(db.prisma, kept, { title: "Finished step", deadline: "2027-09-10", createdAt: LONG_AGO });
    expect(await planDueEmails(now)).toBe(6);

    await db.prisma.goal.update({ where: { id: achieved.id }, data: { status: "ACHIEVED", achievedAt: now } });
    await db.prisma.goal.update({ where: { id: dropped.id }, data: { status: "DROPPED", droppedAt: now } });
    await db.prisma.goal.update({ where: { id: moved.id }, data: { deadline: toDbDate("2027-10-10") } });
    await db.prisma.goal.delete({ where: { id: deleted.id } });
    await db.prisma.microGoal.update({ where: { id: step.id }, data: { doneAt: now } });

    const before = mail().messages.length;
    const summary = await deliverDueEmails({ now });
    expect(summary).toMatchObject({ sent: 1, skipped: 5 });
    expect(
      mail()
        .messages.slice(before)
        .map((email) => email.subject),
    ).toEqual(["“Kept goal” is due in 7 days"]);
  });

  it("replans on a time-zone change: the new zone's 09:00, never a second email for the same day", async () => {
    const traveller = await personIn("Asia/Tokyo");
    await goalFor(traveller.id, "2027-08-20");
    // 09:00 in Tokyo on 13 August (7 days before) is 00:00 UTC: sent there.
    const tokyo = await passesAt([new Date("2027-08-13T00:00:00Z")], traveller.email);
    expect(tokyo).toHaveLength(1);
    await db.prisma.user.update({ where: { id: traveller.id }, data: { timeZone: "America/Los_Angeles" } });
    // 09:00 in Los Angeles on 13 August is 16:00 UTC: the same reminder, already sent.
    expect(await passesAt(every(1, new Date("2027-08-13T01:00:00Z"), new Date("2027-08-14T06:00:00Z")), traveller.email)).toEqual([]);

    const other = await personIn("America/Los_Angeles");
    await goalFor(other.id, "2027-08-20");
    // At 05:00 UTC on 13 August it is still the 12th in Los Angeles: nothing is due yet.
    expect(await passesAt([new Date("2027-08-13T05:00:00Z")], other.email)).toEqual([]);
    await db.prisma.user.update({ where: { id: other.id }, data: { timeZone: "Asia/Tokyo" } });
    // Now it is 14:00 on the 13th in Tokyo, past 09:00: the 7-day reminder goes at the next pass.
    const late = await passesAt([new Date("2027-08-13T05:05:00Z")], other.email);
    expect(late.map((arrival) => arrival.email.subject)).toEqual(["“Goal due 2027-08-20” is due in 7 days"]);
  });

  it("replaces individual reminders with nothing when the weekly digest is chosen", async () => {
    const person = await personIn("UTC", { weeklyDigestEnabled: true });
    await goalFor(person.id, "2027-04-20");
    await planDueEmails(new Date("2027-04-13T10:00:00Z"));
    expect(await db.prisma.emailDelivery.count({ where: { recipientEmail: person.email, kind: { in: ["goal-reminder", "step-reminder"] } } })).toBe(0);
  });

  it("carries a one-click unsubscribe that turns that kind off without signing in", async () => {
    const person = await personIn("UTC");
    await goalFor(person.id, "2027-12-10");
    const [arrival] = await passesAt([new Date("2027-12-03T09:00:00Z")], person.email);
    expect(arrival).toBeDefined();
    const headers = arrival!.email.rawHeaders;
    expect(headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const url = (headers["list-unsubscribe"] ?? "").replace(/^<|>$/g, "");
    expect(url).toMatch(/^http:\/\/stepwise\.test\/api\/unsubscribe\//);
    const token = decodeURIComponent(url.split("/").at(-1)!);
    expect(readUnsubscribeToken(token)).toEqual({ userId: person.id, category: "deadline" });
    expect(arrival!.email.text).toContain(`http://stepwise.test/unsubscribe/${token}`);

    // A forged or altered token changes nothing.
    expect(await unsubscribeWithToken(token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toEqual({ ok: false });
    expect(await unsubscribeWithToken(`${person.id}.overdue.${token.split(".")[2]}`)).toEqual({ ok: false });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).deadlineRemindersEnabled).toBe(true);

    expect(await unsubscribeWithToken(token)).toMatchObject({ ok: true, category: "deadline" });
    expect(await unsubscribeWithToken(token)).toMatchObject({ ok: true });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.deadlineRemindersEnabled).toBe(false);
    expect(after.overdueRemindersEnabled).toBe(true);
    expect(await passesAt(every(24, new Date("2027-12-09T09:00:00Z"), new Date("2027-12-11T09:00:00Z")), person.email)).toEqual([]);
  });
});
