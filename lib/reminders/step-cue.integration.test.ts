// If-then cue reminders end to end with a controllable clock and a real SMTP server: a step whose
// plan says "Monday 8:30" is reminded at 08:30 local on the last Monday up to its deadline, once,
// quoting the plan; its usual offset reminders give way to the cue; a changed cue is a new one.
import { describe, expect, it } from "vitest";
import { deliverDueEmails } from "./deliver-due";
import { cueOccurrence } from "./step-cue";
import { toDbDate } from "@/lib/time/calendar-date";
import { createTestUser } from "@/test/integration/database";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { hourlyPasses as hourlyPassesFor } from "@/test/integration/hourly-passes";

const { db, mail } = setupAccountHarness();
const LONG_AGO = new Date("2026-01-01T00:00:00Z");
const PLAN = "If it is Monday 8:30 and I open my laptop, then I write the promotion case for 25 minutes.";

async function stepWithCue(timeZone: string, cue: { cueWeekday: number | null; cueMinute: number | null }, deadline = "2027-03-31") {
  const owner = await createTestUser(db.prisma, { timeZone, emailVerifiedAt: LONG_AGO, reminderHour: 18, overdueRemindersEnabled: false });
  const goal = await db.prisma.goal.create({ data: { ownerId: owner.id, title: "Get promoted", category: "LEADERSHIP", horizonYears: 1, deadline: toDbDate("2027-12-31"), createdAt: LONG_AGO } });
  const step = await db.prisma.microGoal.create({
    data: { goalId: goal.id, title: "Write the promotion case", position: 0, deadline: toDbDate(deadline), ifThenPlan: PLAN, createdAt: LONG_AGO, ...cue },
  });
  return { owner, goal, step };
}

const hourlyPasses = (from: string, hours: number, to: string) => hourlyPassesFor(mail(), from, hours, to);

describe("if-then cue reminders", () => {
  it("go out at the cue's local time on the last matching weekday up to the deadline, quoting the plan, instead of the offset reminders", async () => {
    // Deadline Wednesday 31 March 2027; cue Monday 08:30 in New York (EDT, UTC-4) → 29 March 12:30 UTC.
    const { owner, goal, step } = await stepWithCue("America/New_York", { cueWeekday: 1, cueMinute: 510 });
    expect(cueOccurrence("2027-03-31", { weekday: 1, minute: 510 }, 18)).toEqual({ day: "2027-03-29", minute: 510 });
    const arrivals = await hourlyPasses("2027-03-23T00:00:00Z", 24 * 9, owner.email);
    // The goal's own reminders are far off; only the step's cue reminder arrives, once.
    expect(arrivals.map(({ at, subject }) => [at, subject])).toEqual([["2027-03-29T13:00:00.000Z", "“Write the promotion case” is due in 2 days"]]);
    expect(arrivals[0]!.text).toContain(`Your if-then plan: “${PLAN}”`);
    expect(arrivals[0]!.text).toContain(`http://stepwise.test/goals/${goal.id}#step-item-${step.id}`);
    const row = await db.prisma.emailDelivery.findFirstOrThrow({ where: { kind: "step-cue", subjectId: step.id } });
    expect(row).toMatchObject({ dueKey: "2027-03-31:cue:2027-03-29T08:30", status: "SENT" });
    expect(row.dueAt.toISOString()).toBe("2027-03-29T12:30:00.000Z");
  });

  it("without a time uses the person's reminder hour; a cue changed before it is sent is sent at the new time only", async () => {
    // Thursday cue, no time, in Tokyo: the last Thursday up to Wed 31 March is 25 March, at 18:00 (09:00 UTC).
    const { owner, step } = await stepWithCue("Asia/Tokyo", { cueWeekday: 4, cueMinute: null });
    const before = await hourlyPasses("2027-03-25T08:00:00Z", 1, owner.email);
    expect(before.map(({ at }) => at)).toEqual(["2027-03-25T09:00:00.000Z"]);
    await db.prisma.microGoal.update({ where: { id: step.id }, data: { cueWeekday: null, cueMinute: 7 * 60 } });
    // Now: the deadline day at 07:00 Tokyo (30 March 22:00 UTC).
    const after = await hourlyPasses("2027-03-30T20:00:00Z", 4, owner.email);
    expect(after.map(({ at, subject }) => [at, subject])).toEqual([["2027-03-30T22:00:00.000Z", "Due today: “Write the promotion case”"]]);
  });

  it("a cue planned but no longer true at send time (step done) is skipped", async () => {
    const { owner, step } = await stepWithCue("UTC", { cueWeekday: null, cueMinute: 600 }, "2027-04-02");
    const { planDueEmails } = await import("./deliver-due");
    await planDueEmails(new Date("2027-04-02T10:00:00Z"));
    expect(await db.prisma.emailDelivery.count({ where: { kind: "step-cue", subjectId: step.id } })).toBe(1);
    await db.prisma.microGoal.update({ where: { id: step.id }, data: { doneAt: new Date("2027-04-02T09:59:00Z") } });
    await deliverDueEmails({ now: new Date("2027-04-02T10:00:00Z") });
    expect(mail().to(owner.email)).toEqual([]);
  });
});
