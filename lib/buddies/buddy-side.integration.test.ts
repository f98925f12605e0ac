// The buddy's side of the dashboard: what they did lately, the next review, and a nudge to check in.
import { describe, expect, it } from "vitest";
import { getBuddySide } from "./buddy-side";
import { addCheer, addComment } from "./comments";
import { congratulateAchievement } from "./achievement-news";
import { achieveGoal } from "@/lib/goals/set-goal-status";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { reviewPair, sharedGoal } from "@/test/integration/reviews";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createReviewSession } from "@/test/integration/factories";

const { db } = setupAccountHarness();

describe("the buddy side of the dashboard", () => {
  it("with no buddy: only the prompt to invite one", async () => {
    const loner = await createSessionUser(db.prisma, { name: "Lone" });
    expect(await getBuddySide(loner)).toEqual({ hasBuddy: false, items: [], reviews: [], checkInsDue: [] });
  });

  it("lists the buddy's check-ins, comments, cheers and achievements, newest first, with deep links; the next review; and check-ins due by the cadence", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    await db.prisma.user.updateMany({ where: { id: { in: [ada.id, grace.id] } }, data: { buddyActivityEmailsEnabled: false, buddyAchievementEmailsEnabled: false } });
    const now = new Date();
    const adaGoal = await sharedGoal(db.prisma, ada, "Ship the guide", { createdAt: new Date(now.getTime() - 30 * 86_400_000) });
    const quiet = await sharedGoal(db.prisma, ada, "Quiet goal", { createdAt: new Date(now.getTime() - 2 * 86_400_000) });
    const adaCheckIn = await createCheckIn(db.prisma, adaGoal, { authorId: ada.id, note: "Draft done", createdAt: new Date(now.getTime() - 10 * 86_400_000) });
    const graceGoal = await sharedGoal(db.prisma, grace, "Run a 10k");
    const graceCheckIn = await createCheckIn(db.prisma, graceGoal, { authorId: grace.id, note: "5k done", createdAt: new Date(now.getTime() - 3 * 86_400_000) });
    await addComment(grace, adaCheckIn.id, { body: "Nice" }, new Date(now.getTime() - 2 * 86_400_000));
    await addCheer(grace, adaCheckIn.id, new Date(now.getTime() - 86_400_000));
    const achieved = await sharedGoal(db.prisma, grace, "Get certified");
    await achieveGoal(grace, achieved.id, { reflectionHard: "", reflectionEasy: "", reflectionHelpers: "", reflectionDifferently: "" });
    const adaAchieved = await sharedGoal(db.prisma, ada, "Write the book");
    await achieveGoal(ada, adaAchieved.id, { reflectionHard: "", reflectionEasy: "", reflectionHelpers: "", reflectionDifferently: "" }, { now: new Date(now.getTime() - 3600_000) });
    await congratulateAchievement(grace, adaAchieved.id, { kind: "COMMENT", body: "Bravo" }, new Date(now.getTime() - 60_000));
    const session = await createReviewSession(db.prisma, pairing, grace, { startsAt: new Date("2030-03-04T18:00:00Z"), timeZone: "Europe/London" });

    const side = await getBuddySide(ada, now);
    expect(side.items.map((item) => `${item.buddyName} ${item.text}`)).toEqual(["Grace achieved “Get certified”", "Grace congratulated you on “Write the book”", "Grace cheered your check-in on “Ship the guide”", "Grace commented on “Ship the guide”", "Grace checked in on “Run a 10k”"]);
    expect(side.items[1]?.link).toMatch(/^\/achievements#congratulation-[0-9a-f-]{36}$/);
    expect(side.items[4]?.link).toBe(`/buddies/${pairing.id}#check-in-${graceCheckIn.id}`);
    expect(side.items[3]?.link).toMatch(new RegExp(`^/goals/${adaGoal.id}#comment-`));
    expect(side.reviews).toEqual([{ pairingId: pairing.id, buddyName: "Grace", startsAt: session.startsAt, durationMinutes: 60, sessionId: session.id, newTimeProposed: false }]);
    // Weekly cadence: ten days since the last check-in on one goal; the other is only two days old.
    expect(side.checkInsDue).toEqual([{ goalId: adaGoal.id, title: "Ship the guide", daysSince: 10, cadenceDays: 7 }]);
    expect(side.checkInsDue.map((goal) => goal.goalId)).not.toContain(quiet.id);

    // A stranger's activity never shows: someone else's view of the same data is empty of it.
    const stranger = await createSessionUser(db.prisma, { name: "Mallory" });
    expect((await getBuddySide(stranger, now)).items).toEqual([]);
  });
});
