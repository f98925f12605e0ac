import { beforeEach, describe, expect, it } from "vitest";
import { endPairing, listPairings, setSharedGoals, updatePairingRules } from "./pairings";
import { addCheer, addComment } from "./comments";
import { deliverDueEmails } from "@/lib/reminders/deliver-due";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createGoal, createPairing } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();

async function pair() {
  const ada = await createSessionUser(db.prisma, { name: "Ada" });
  const grace = await createSessionUser(db.prisma, { name: "Grace" });
  const pairing = await createPairing(db.prisma, ada, grace);
  return { ada, grace, pairing };
}

describe("pairings", () => {
  it("either side changes the rules; both see the same agreement, and the other is notified", async () => {
    const { ada, grace, pairing } = await pair();
    await updatePairingRules(grace, pairing.id, { checkInCadence: "BIWEEKLY", reminderLeadDays: 5, reviewCadenceMonths: 3, reviewSchedule: "first Tuesday evening" });
    const [forAda] = await listPairings(ada);
    const [forGrace] = await listPairings(grace);
    expect(forAda?.agreement).toBe("We check in every two weeks, remind each other 5 days before a shared deadline, and review our goals together every quarter (first Tuesday evening).");
    expect(forGrace?.agreement).toBe(forAda?.agreement);
    expect(forAda?.rulesUpdatedByBuddy).toBe(true);
    expect(forGrace?.rulesUpdatedByBuddy).toBe(false);
    expect(await db.prisma.notification.count({ where: { userId: ada.id, kind: "rules-changed" } })).toBe(1);
  });

  it("shares exactly the chosen goals of the actor's", async () => {
    const { ada } = await pair();
    const goals = await Promise.all(["One", "Two", "Three"].map((title) => createGoal(db.prisma, ada, { title, deadline: "2027-01-01" })));
    const achieved = await createGoal(db.prisma, ada, { title: "Zz achieved and shared", deadline: "2026-01-01", status: "ACHIEVED", visibility: "BUDDIES" });
    await setSharedGoals(ada, [goals[0]?.id as string, goals[2]?.id as string]);
    expect((await db.prisma.goal.findUniqueOrThrow({ where: { id: achieved.id } })).visibility).toBe("BUDDIES");
    await db.prisma.goal.delete({ where: { id: achieved.id } });
    expect((await db.prisma.goal.findMany({ where: { ownerId: ada.id }, orderBy: { title: "asc" } })).map((goal) => [goal.title, goal.visibility])).toEqual([
      ["One", "BUDDIES"],
      ["Three", "BUDDIES"],
      ["Two", "PRIVATE"],
    ]);
  });

  it("ending a pairing tells both by email", async () => {
    const { ada, grace, pairing } = await pair();
    await endPairing(grace, pairing.id);
    expect((await db.prisma.buddyPairing.findUniqueOrThrow({ where: { id: pairing.id } })).status).toBe("ENDED");
    expect((await mail().waitFor(ada.email, "has ended")).text).toContain("Grace ended your buddy pairing");
    expect((await mail().waitFor(grace.email, "has ended")).text).toContain("You ended your buddy pairing with Ada");
    expect(await listPairings(ada)).toEqual([]);
  });
});

describe("comment and cheer emails", () => {
  // These tests count everything a pass sends; reminders and nudges for the goals earlier tests
  // left behind have their own tests (lib/reminders), so they are turned off here.
  beforeEach(async () => {
    await db.prisma.user.updateMany({ data: { buddyNudgesEnabled: false, deadlineRemindersEnabled: false } });
  });

  it("sends at most one email per pairing per hour; later activity arrives in one summary the next hour", async () => {
    const { ada, grace, pairing } = await pair();
    const goal = await createGoal(db.prisma, ada, { title: "Give a <talk>", category: "IMPACT", visibility: "BUDDIES" });
    // Dated on the test's clock, so the check-in nudge planner sees a fresh check-in, not months of silence.
    const checkIn = await createCheckIn(db.prisma, goal, { authorId: ada.id, note: "Submitted a CFP", createdAt: new Date("2027-03-01T10:00:00Z") });
    const t0 = new Date("2027-03-01T10:05:00Z");

    await addComment(grace, checkIn.id, { body: "Proud of you" }, t0);
    const first = await mail().waitFor(ada.email, "Grace left");
    expect(first.subject).toBe("Grace left 1 comment on Stepwise");
    expect(first.text).toContain("Proud of you");
    expect(first.html).toContain("Give a &lt;talk&gt;");

    await addCheer(grace, checkIn.id, new Date("2027-03-01T10:20:00Z"));
    await addComment(grace, checkIn.id, { body: "Go get it" }, new Date("2027-03-01T10:40:00Z"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      mail()
        .to(ada.email)
        .filter((message) => message.subject.startsWith("Grace left")),
    ).toHaveLength(1);

    // Not yet due before the hour turns; due at 11:00.
    expect(await deliverDueEmails({ now: new Date("2027-03-01T10:59:00Z") })).toMatchObject({ sent: 0 });
    expect(await deliverDueEmails({ now: new Date("2027-03-01T11:00:30Z") })).toMatchObject({ sent: 1 });
    const summary = mail()
      .to(ada.email)
      .filter((message) => message.subject.startsWith("Grace left"))[1];
    expect(summary?.subject).toBe("Grace left 1 comment and 1 cheer on Stepwise");
    expect(summary?.text).toContain("Go get it");
    expect(summary?.text).not.toContain("Proud of you");
    expect(await db.prisma.emailDelivery.count({ where: { subjectId: pairing.id, status: "SENT" } })).toBe(2);
  });

  it("skips a queued summary when the pairing ended before it was due", async () => {
    const { ada, grace, pairing } = await pair();
    const goal = await createGoal(db.prisma, ada, { title: "Shared", category: "IMPACT", visibility: "BUDDIES" });
    const checkIn = await createCheckIn(db.prisma, goal, { authorId: ada.id, note: "Update", createdAt: new Date("2027-04-01T09:00:00Z") });
    await addComment(grace, checkIn.id, { body: "One" }, new Date("2027-04-01T09:10:00Z"));
    await addComment(grace, checkIn.id, { body: "Two" }, new Date("2027-04-01T09:20:00Z"));
    await endPairing(ada, pairing.id);
    expect(await deliverDueEmails({ now: new Date("2027-04-01T10:00:30Z") })).toMatchObject({ sent: 0, skipped: 1 });
  });
});
