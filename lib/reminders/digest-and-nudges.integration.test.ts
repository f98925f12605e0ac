// The weekly digest and the buddy nudges with a controllable clock, a real PostgreSQL and a
// real SMTP server.
import { describe, expect, it } from "vitest";
import { deliverDueEmails } from "./deliver-due";
import { createTestUser } from "@/test/integration/database";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { hourlyPasses as hourlyPassesFor } from "@/test/integration/hourly-passes";
import { createCheckIn, createGoal, createPairing, createStep } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();
const LONG_AGO = new Date("2026-01-01T00:00:00Z");

async function personIn(timeZone: string, overrides: Parameters<typeof createTestUser>[1] = {}) {
  return createTestUser(db.prisma, { timeZone, emailVerifiedAt: LONG_AGO, createdAt: LONG_AGO, ...overrides });
}

async function goalFor(ownerId: string, deadline: string, extra: { title?: string; visibility?: "PRIVATE" | "BUDDIES" } = {}) {
  return createGoal(db.prisma, { id: ownerId }, { title: extra.title ?? `Goal due ${deadline}`, category: "KNOWLEDGE", deadline, visibility: extra.visibility ?? "PRIVATE", createdAt: LONG_AGO });
}

// A pairing this quiet also gets the pairing-health email (lib/buddies/pairing-health.integration.test.ts covers it).
const hourlyPasses = (from: string, hours: number, to: string) => hourlyPassesFor(mail(), from, hours, to, (email) => email.subject.endsWith("renew, pause or end kindly?"));

describe("the weekly digest", () => {
  it("replaces individual reminders with one Monday email at the person's hour listing what is overdue and due within two weeks", async () => {
    // 3 May 2027 is a Monday; Chicago is UTC-5 in May, so 08:00 there is 13:00 UTC.
    const person = await personIn("America/Chicago", { weeklyDigestEnabled: true, reminderHour: 8 });
    await goalFor(person.id, "2027-04-30", { title: "Overdue goal" });
    const soon = await goalFor(person.id, "2027-05-07", { title: "Goal due Friday" });
    await goalFor(person.id, "2027-06-30", { title: "Goal far away" });
    await createStep(db.prisma, soon, { title: "Step due next week", deadline: "2027-05-12" });
    await createStep(db.prisma, soon, { title: "Done step", deadline: "2027-05-05", position: 1, doneAt: LONG_AGO });

    const arrivals = await hourlyPasses("2027-04-29T00:00:00Z", 24 * 9, person.email);
    expect(arrivals.map(({ at, subject }) => [at, subject])).toEqual([["2027-05-03T13:00:00.000Z", "Your week in Stepwise: 1 overdue, 2 due in the next two weeks"]]);
    const text = arrivals[0]!.text;
    expect(text).toContain("Overdue since Friday 30 April: Goal “Overdue goal”");
    expect(text).toContain("Friday 7 May: Goal “Goal due Friday”");
    expect(text).toContain("Wednesday 12 May: Step “Step due next week” (Goal due Friday)");
    expect(text).not.toContain("Goal far away");
    expect(text).not.toContain("Done step");
    expect(text).toContain("http://stepwise.test/unsubscribe/");
  });

  it("skips a week with nothing to report", async () => {
    const person = await personIn("UTC", { weeklyDigestEnabled: true });
    await goalFor(person.id, "2027-09-30");
    expect(await hourlyPasses("2027-05-03T00:00:00Z", 24, person.email)).toEqual([]);
    expect(await db.prisma.emailDelivery.findFirstOrThrow({ where: { recipientEmail: person.email } })).toMatchObject({ status: "SKIPPED", dueKey: "2027-05-03" });
  });
});

describe("buddy nudges", () => {
  async function pair(a: { id: string }, b: { id: string }, extra: { startedAt?: Date; reminderLeadDays?: number; checkInCadence?: "WEEKLY" | "BIWEEKLY" | "MONTHLY" } = {}) {
    return createPairing(db.prisma, a, b, { startedAt: extra.startedAt ?? LONG_AGO, rulesAgreedAt: LONG_AGO, reminderLeadDays: extra.reminderLeadDays ?? 3, checkInCadence: extra.checkInCadence ?? "MONTHLY" });
  }

  it("tells the buddy, at the buddy's hour, a few days before a shared deadline; never about a private goal", async () => {
    const owner = await personIn("Europe/Paris", { name: "Sam" });
    const buddy = await personIn("America/New_York", { name: "Kim" });
    await pair(owner, buddy, { reminderLeadDays: 3 });
    // Recent check-ins so the monthly check-in nudge stays out of this test.
    const shared = await goalFor(owner.id, "2027-06-11", { title: "Launch the newsletter", visibility: "BUDDIES" });
    await goalFor(owner.id, "2027-06-11", { title: "Secret job hunt", visibility: "PRIVATE" });
    await createCheckIn(db.prisma, shared, { authorId: owner.id, note: "Going well", createdAt: new Date("2027-06-01T12:00:00Z") });

    const arrivals = await hourlyPasses("2027-06-07T00:00:00Z", 24 * 5, buddy.email);
    // 8 June is 3 days before 11 June; 09:00 in New York (EDT) is 13:00 UTC.
    expect(arrivals.map(({ at, subject }) => [at, subject])).toEqual([["2027-06-08T13:00:00.000Z", "Sam has a deadline on Friday — check in?"]]);
    expect(arrivals[0]!.text).toContain("Sam's goal “Launch the newsletter” is due in 3 days, on Friday 11 June.");
    expect(
      mail()
        .to(buddy.email)
        .some((email) => email.text.includes("Secret job hunt")),
    ).toBe(false);
    // The owner hears about their own deadlines (both), never a nudge meant for the buddy.
    expect(
      mail()
        .to(owner.email)
        .some((email) => email.subject.includes("check in?")),
    ).toBe(false);
  });

  it("skips the nudge when the pairing ends or the goal stops being shared before it is sent, and sends none when nudges are off", async () => {
    const owner = await personIn("UTC", { name: "Ola" });
    const buddy = await personIn("UTC");
    const quiet = await personIn("UTC", { buddyNudgesEnabled: false });
    const pairing = await pair(owner, buddy);
    await pair(owner, quiet);
    const goal = await goalFor(owner.id, "2027-07-10", { visibility: "BUDDIES" });
    await createCheckIn(db.prisma, goal, { authorId: owner.id, note: "ok", createdAt: new Date("2027-07-01T00:00:00Z") });
    const { planDueEmails } = await import("./deliver-due");
    await planDueEmails(new Date("2027-07-07T09:00:00Z"));
    expect(await db.prisma.emailDelivery.count({ where: { kind: "buddy-deadline", recipientEmail: buddy.email } })).toBe(1);
    expect(await db.prisma.emailDelivery.count({ where: { recipientEmail: quiet.email } })).toBe(0);
    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { status: "ENDED", endedAt: new Date() } });
    const summary = await deliverDueEmails({ now: new Date("2027-07-07T09:00:00Z") });
    expect(summary.skipped).toBeGreaterThanOrEqual(1);
    expect(mail().to(buddy.email)).toEqual([]);
  });

  it("nudges the buddy once per cadence period when the other person has not checked in, and starts counting again after a check-in", async () => {
    const owner = await personIn("UTC", { name: "Ari" });
    const buddy = await personIn("Asia/Tokyo", { name: "Noa" });
    await pair(owner, buddy, { startedAt: new Date("2027-03-01T10:00:00Z"), checkInCadence: "WEEKLY" });
    const goal = await goalFor(owner.id, "2028-01-01", { visibility: "BUDDIES" });

    // Started 1 March (Tokyo); 7 days of silence → 8 March at 09:00 Tokyo (00:00 UTC), then again a week later.
    const first = await hourlyPasses("2027-03-01T00:00:00Z", 24 * 15, buddy.email);
    // Worded to support, not to shame: a hello, no count in the subject, the days only as a fact in the text.
    expect(first.map(({ at, subject }) => [at, subject])).toEqual([
      ["2027-03-08T00:00:00.000Z", "A friendly hello for Ari?"],
      ["2027-03-15T00:00:00.000Z", "A friendly hello for Ari?"],
    ]);
    expect(first[0]!.text).toContain("You agreed to check in every week. Ari's last check-in on a shared goal was 7 days ago");
    expect(first[1]!.text).toContain("was 14 days ago");
    for (const email of first) expect(email.text).not.toMatch(/missed|failed|streak|has not checked in/i);

    await createCheckIn(db.prisma, goal, { authorId: owner.id, note: "Back at it", createdAt: new Date("2027-03-16T12:00:00Z") });
    const after = await hourlyPasses("2027-03-16T13:00:00Z", 24 * 8, buddy.email);
    // Checked in on 16 March (21:00 in Tokyo): the next nudge is 7 days later, on 23 March.
    expect(after.map(({ at, subject }) => [at, subject])).toEqual([["2027-03-23T00:00:00.000Z", "A friendly hello for Ari?"]]);
    expect(after[0]!.text).toContain("was 7 days ago");
  });
});
