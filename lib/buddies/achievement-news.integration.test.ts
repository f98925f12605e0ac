// Achieving a goal, as two buddies live it: the news in the app and by email (its own
// preference and unsubscribe), a cheer and a congratulation back, a private goal told by
// choice with nothing but its title and reward, and a celebration in both calendars.
import { beforeEach, describe, expect, it } from "vitest";
import { achieveGoal } from "@/lib/goals/set-goal-status";
import { getGoalDetail } from "@/lib/goals/get-goal";
import { getBuddyView } from "./buddy-view";
import { congratulateAchievement, congratulationsOnGoals, listAchievementsToCelebrate, listCelebrationPartners, shareAchievementNews, suggestCelebration } from "./achievement-news";
import { NotFoundError } from "@/lib/errors";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { createGoal, createPairing, createSteps } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();
const noReflection = { reflectionHard: "", reflectionEasy: "", reflectionHelpers: "", reflectionDifferently: "" };

async function pair() {
  const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Europe/London" });
  const grace = await createSessionUser(db.prisma, { name: "Grace", timeZone: "America/New_York" });
  const pairing = await createPairing(db.prisma, ada, grace);
  return { ada, grace, pairing };
}

async function goal(ownerId: string, data: { title: string; visibility: "PRIVATE" | "BUDDIES"; reward?: string; specific?: string }) {
  return createGoal(db.prisma, { id: ownerId }, { category: "IMPACT", ...data });
}

describe("achievement news", () => {
  beforeEach(async () => {
    await db.prisma.user.updateMany({ data: { buddyNudgesEnabled: false, deadlineRemindersEnabled: false } });
  });

  it("tells the buddy of a shared goal in the app and by email, once, with the reward and a way to respond", async () => {
    const { ada, grace, pairing } = await pair();
    const talk = await goal(ada.id, { title: "Give a <talk>", visibility: "BUDDIES", reward: "A weekend in Lisbon" });
    await achieveGoal(ada, talk.id, noReflection);

    const notification = await db.prisma.notification.findFirstOrThrow({ where: { userId: grace.id, kind: "achievement" } });
    expect(notification.title).toBe("Ada achieved “Give a <talk>”");
    expect(notification.link).toBe(`/buddies/${pairing.id}#achievement-${talk.id}`);

    const email = await mail().waitFor(grace.email, "Ada achieved");
    expect(email.subject).toBe("Ada achieved “Give a <talk>” on Stepwise");
    expect(email.text).toContain("Ada achieved a goal");
    expect(email.text).toContain("Their reward: A weekend in Lisbon");
    expect(email.text).toContain(`http://stepwise.test/buddies/${pairing.id}#achievement-${talk.id}`);
    expect(email.html).toContain("Give a &lt;talk&gt;");
    expect(email.rawHeaders["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.text).toContain("Unsubscribe from emails when your buddies reach a goal");
    expect(
      mail()
        .to(ada.email)
        .filter((message) => message.subject.includes("achieved")),
    ).toHaveLength(0);

    // Telling again (the owner presses "send the news" too) adds nothing.
    await shareAchievementNews(ada, talk.id, pairing.id);
    expect(await db.prisma.notification.count({ where: { userId: grace.id, kind: "achievement" } })).toBe(1);
    expect(await db.prisma.emailDelivery.count({ where: { kind: "buddy-achievement", recipientId: grace.id } })).toBe(1);
  });

  it("honours the buddy's own email preference, and keeps the in-app news", async () => {
    const { ada, grace } = await pair();
    await db.prisma.user.update({ where: { id: grace.id }, data: { buddyAchievementEmailsEnabled: false } });
    const shared = await goal(ada.id, { title: "Quiet win", visibility: "BUDDIES" });
    await achieveGoal(ada, shared.id, noReflection);
    expect(await db.prisma.notification.count({ where: { userId: grace.id, kind: "achievement" } })).toBe(1);
    await expect.poll(async () => (await db.prisma.emailDelivery.findFirstOrThrow({ where: { kind: "buddy-achievement", recipientId: grace.id } })).status).toBe("SKIPPED");
  });

  it("a private goal is told only by choice, with its title and reward and nothing else", async () => {
    const { ada, grace, pairing } = await pair();
    const secret = await goal(ada.id, { title: "New job", visibility: "PRIVATE", reward: "Dinner out", specific: "Leave Acme for a senior role at Globex" });
    await achieveGoal(ada, secret.id, noReflection);
    expect(await db.prisma.notification.count({ where: { userId: grace.id } })).toBe(0);
    expect(await listAchievementsToCelebrate(grace, pairing.id)).toEqual([]);
    await expect(congratulateAchievement(grace, secret.id, { kind: "CHEER" })).rejects.toBeInstanceOf(NotFoundError);

    await shareAchievementNews(ada, secret.id, pairing.id);
    const email = await mail().waitFor(grace.email, "Ada achieved “New job”");
    expect(email.text).toContain("Dinner out");
    expect(email.text).not.toContain("Globex");
    const [told] = await listAchievementsToCelebrate(grace, pairing.id);
    expect(told).toMatchObject({ goalId: secret.id, title: "New job", reward: "Dinner out", cheered: false });
    expect(JSON.stringify(told)).not.toContain("Globex");
    // The goal itself stays private: the buddy view does not list it.
    expect((await getBuddyView(grace, pairing.id)).sharedGoals.map((shared) => shared.goal.id)).not.toContain(secret.id);
  });

  it("the buddy cheers once and congratulates; the owner is notified at the exact entry and sees them", async () => {
    const { ada, grace, pairing } = await pair();
    const shared = await goal(ada.id, { title: "Run a 10k", visibility: "BUDDIES" });
    await achieveGoal(ada, shared.id, noReflection);
    await congratulateAchievement(grace, shared.id, { kind: "CHEER" });
    await congratulateAchievement(grace, shared.id, { kind: "CHEER" });
    await congratulateAchievement(grace, shared.id, { kind: "COMMENT", body: "So proud of you!" });

    const entries = (await congratulationsOnGoals(ada, [shared.id])).get(shared.id) ?? [];
    expect(entries.map(({ kind, body, authorName }) => ({ kind, body, authorName }))).toEqual([
      { kind: "CHEER", body: "", authorName: "Grace" },
      { kind: "COMMENT", body: "So proud of you!", authorName: "Grace" },
    ]);
    const notifications = await db.prisma.notification.findMany({ where: { userId: ada.id, kind: "congratulation" }, orderBy: { createdAt: "asc" } });
    expect(notifications.map((entry) => entry.link)).toEqual(entries.map((entry) => `/achievements#congratulation-${entry.id}`));
    expect((await listAchievementsToCelebrate(grace, pairing.id))[0]).toMatchObject({ cheered: true, myCongratulations: [{ body: "So proud of you!" }] });
    // Nobody else sees or sends them: a stranger, and the owner's own view of someone else's goals.
    const stranger = await createSessionUser(db.prisma, { name: "Mallory" });
    await expect(congratulateAchievement(stranger, shared.id, { kind: "COMMENT", body: "hi" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await congratulationsOnGoals(stranger, [shared.id])).size).toBe(0);
    await expect(congratulateAchievement(grace, "00000000-0000-4000-8000-000000000000", { kind: "CHEER" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAchievementsToCelebrate(stranger, pairing.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the owner and the buddy see the same progress after achieving short of the steps and the measure", async () => {
    const { ada, grace, pairing } = await pair();
    const shared = await createGoal(db.prisma, ada, { title: "Ship v2", category: "IMPACT", visibility: "BUDDIES", targetValue: 100, currentValue: 75 });
    await createSteps(db.prisma, shared, [{ title: "Step 0", doneAt: new Date() }, { title: "Step 1" }, { title: "Step 2" }]);
    await achieveGoal(ada, shared.id, noReflection);
    const owner = await getGoalDetail(ada, shared.id);
    const buddy = (await getBuddyView(grace, pairing.id)).sharedGoals.find((entry) => entry.goal.id === shared.id);
    expect(owner.progress).toEqual({ percent: 100, basis: "achieved", measuredPercent: 75, done: 1, total: 3 });
    expect(buddy?.progress).toEqual(owner.progress);

    // Choosing to close the open steps: both see every step done.
    const other = await createGoal(db.prisma, ada, { title: "Write docs", category: "IMPACT", visibility: "BUDDIES" });
    await createSteps(db.prisma, other, [{ title: "Doc 0" }, { title: "Doc 1" }]);
    await achieveGoal(ada, other.id, noReflection, { closeOpenSteps: true });
    expect((await getGoalDetail(ada, other.id)).progress).toEqual({ percent: 100, basis: "achieved", done: 2, total: 2 });
    expect((await getBuddyView(grace, pairing.id)).sharedGoals.find((entry) => entry.goal.id === other.id)?.progress).toEqual({ percent: 100, basis: "achieved", done: 2, total: 2 });
  });

  it("a suggested celebration lands in both calendars, and moving it updates the same event", async () => {
    const { ada, grace, pairing } = await pair();
    const shared = await goal(ada.id, { title: "Promotion", visibility: "BUDDIES", reward: "Cake" });
    const now = new Date("2027-05-03T12:00:00Z");
    await achieveGoal(ada, shared.id, noReflection, { now });
    await suggestCelebration(ada, { goalId: shared.id, pairingId: pairing.id, date: "2027-05-07", time: "18:00" }, now);

    const forAda = await mail().waitFor(ada.email, "Celebrate “Promotion”");
    const forGrace = await mail().waitFor(grace.email, "Celebrate “Promotion”");
    expect(forAda.text).toContain("Friday 7 May 2027, 18:00–19:00 (Europe/London)");
    expect(forGrace.text).toContain("Friday 7 May 2027, 13:00–14:00 (America/New_York)");
    for (const message of [forAda, forGrace]) {
      const ics = message.attachments.find((attachment) => attachment.filename === "invite.ics");
      expect(ics?.method).toBe("REQUEST");
      expect(ics?.content).toContain("DTSTART:20270507T170000Z");
      expect(ics?.content).toMatch(/UID:celebration-[0-9a-f-]{36}@stepwise/);
      expect(ics?.content).toContain("SEQUENCE:0");
    }
    expect(await listCelebrationPartners(ada, shared.id)).toEqual([{ pairingId: pairing.id, buddyName: "Grace", told: true, celebrateStartsAt: new Date("2027-05-07T17:00:00Z") }]);

    await suggestCelebration(ada, { goalId: shared.id, pairingId: pairing.id, date: "2027-05-08", time: "12:00" }, now);
    const moved = await mail().waitFor(grace.email, "Updated: Celebrate");
    expect(moved.attachments[0]?.content).toContain("SEQUENCE:1");
    expect(moved.attachments[0]?.content).toContain("DTSTART:20270508T110000Z");
    // The buddy cannot plan the owner's celebration.
    await expect(suggestCelebration(grace, { goalId: shared.id, pairingId: pairing.id, date: "2027-05-08", time: "12:00" }, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
