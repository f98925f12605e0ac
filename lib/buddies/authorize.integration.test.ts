// Every case a buddy can try, through the one authorization function and the functions built
// on it: a non-buddy, an ex-buddy, a buddy looking at a private goal, a buddy trying to edit.
// All get "not found" and change nothing.
import { describe, expect, it } from "vitest";
import { authorizeBuddy } from "./authorize";
import { getBuddyView } from "./buddy-view";
import { addCheer, addComment } from "./comments";
import { endPairing, setSharedGoals, updatePairingRules } from "./pairings";
import { updateGoal } from "@/lib/goals/update-goal";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { addCheckIn } from "@/lib/goals/check-ins";
import { setMicroGoalDone } from "@/lib/goals/micro-goals";
import { GoalFormSchema } from "@/lib/goals/schemas";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createGoal, createPairing, createStep } from "@/test/integration/factories";

const { db } = setupAccountHarness();
const queries: string[] = [];

async function scenario() {
  const ada = await createSessionUser(db.prisma, { name: "Ada" });
  const grace = await createSessionUser(db.prisma, { name: "Grace" });
  const stranger = await createSessionUser(db.prisma, { name: "Stranger" });
  const pairing = await createPairing(db.prisma, ada, grace);
  const shared = await createGoal(db.prisma, ada, { title: "Shared: ship the redesign", category: "IMPACT", visibility: "BUDDIES" });
  const secret = await createGoal(db.prisma, ada, { title: "Secret: leave my job" });
  const sharedStep = await createStep(db.prisma, shared, { title: "Prototype" });
  await createStep(db.prisma, secret, { title: "Secret step: update CV" });
  const sharedCheckIn = await createCheckIn(db.prisma, shared, { authorId: ada.id, note: "Prototype done" });
  const secretCheckIn = await createCheckIn(db.prisma, secret, { authorId: ada.id, note: "Secret progress" });
  return { ada, grace, stranger, pairing, shared, secret, sharedStep, sharedCheckIn, secretCheckIn };
}

async function snapshot() {
  const [goals, steps, checkIns, comments] = await Promise.all([db.prisma.goal.findMany({ orderBy: { id: "asc" } }), db.prisma.microGoal.findMany({ orderBy: { id: "asc" } }), db.prisma.checkIn.findMany({ orderBy: { id: "asc" } }), db.prisma.comment.findMany({ orderBy: { id: "asc" } })]);
  return { goals, steps, checkIns, comments };
}

const goalForm = GoalFormSchema.parse({ title: "Hijacked", category: "OTHER", horizonYears: "1", deadline: "2027-01-01", specific: "", measure: "", baselineValue: "", targetValue: "", measureUnit: "", attainable: "", relevant: "", reward: "" });

async function expectRefusedEverything(actor: SessionUser, s: Awaited<ReturnType<typeof scenario>>) {
  await expect(authorizeBuddy(db.prisma, actor, { action: "view-pairing", pairingId: s.pairing.id })).rejects.toBeInstanceOf(NotFoundError);
  await expect(getBuddyView(actor, s.pairing.id)).rejects.toBeInstanceOf(NotFoundError);
  await expect(authorizeBuddy(db.prisma, actor, { action: "view-shared-goal", goalId: s.shared.id })).rejects.toBeInstanceOf(NotFoundError);
  await expect(addComment(actor, s.sharedCheckIn.id, { body: "hi" })).rejects.toBeInstanceOf(NotFoundError);
  await expect(addCheer(actor, s.sharedCheckIn.id)).rejects.toBeInstanceOf(NotFoundError);
  await expect(updatePairingRules(actor, s.pairing.id, { checkInCadence: "MONTHLY", reminderLeadDays: 1, reviewCadenceMonths: 6, reviewSchedule: "" })).rejects.toBeInstanceOf(NotFoundError);
  await expect(endPairing(actor, s.pairing.id)).rejects.toBeInstanceOf(NotFoundError);
}

describe("authorizeBuddy", () => {
  it("lets a buddy see the pairing and the shared goal, and comment and cheer on its check-ins", async () => {
    const s = await scenario();
    expect(await authorizeBuddy(db.prisma, s.grace, { action: "view-pairing", pairingId: s.pairing.id })).toMatchObject({ buddy: { id: s.ada.id, name: "Ada" } });
    expect(await authorizeBuddy(db.prisma, s.grace, { action: "view-shared-goal", goalId: s.shared.id })).toMatchObject({ ownerId: s.ada.id, pairingId: s.pairing.id });
    await addComment(s.grace, s.sharedCheckIn.id, { body: "Great start!" });
    await addCheer(s.grace, s.sharedCheckIn.id);
    await addCheer(s.grace, s.sharedCheckIn.id);
    await addComment(s.ada, s.sharedCheckIn.id, { body: "Thanks!" });
    expect((await db.prisma.comment.findMany({ where: { checkInId: s.sharedCheckIn.id }, orderBy: { createdAt: "asc" } })).map((comment) => [comment.kind, comment.body])).toEqual([
      ["COMMENT", "Great start!"],
      ["CHEER", ""],
      ["COMMENT", "Thanks!"],
    ]);
    expect(await db.prisma.notification.count({ where: { userId: s.ada.id, kind: { in: ["comment", "cheer"] } } })).toBe(2);
    expect(await db.prisma.notification.count({ where: { userId: s.grace.id, kind: "comment" } })).toBe(1);
  });

  it("shows a buddy only shared goals: private goals and their steps are never loaded", async () => {
    const s = await scenario();
    queries.length = 0;
    const view = await getBuddyView(s.grace, s.pairing.id);
    expect(view.sharedGoals.map((shared) => shared.goal.title)).toEqual(["Shared: ship the redesign"]);
    expect(JSON.stringify(view)).not.toContain("Secret");
    // The owner's private fields are absent from the buddy's DTO, not present and null.
    for (const field of ["reward", "reflectionHard", "reflectionEasy", "reflectionHelpers", "reflectionDifferently"]) expect(view.sharedGoals[0]?.goal).not.toHaveProperty(field);
    expect(view.pairing.buddy.name).toBe("Ada");
  });

  it("refuses a buddy looking at or commenting on a private goal", async () => {
    const s = await scenario();
    const before = await snapshot();
    await expect(authorizeBuddy(db.prisma, s.grace, { action: "view-shared-goal", goalId: s.secret.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment(s.grace, s.secretCheckIn.id, { body: "peek" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addCheer(s.grace, s.secretCheckIn.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a buddy trying to edit the other's goals, steps or check-ins", async () => {
    const s = await scenario();
    const before = await snapshot();
    await expect(updateGoal(s.grace, s.shared.id, goalForm)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteGoal(s.grace, s.shared.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMicroGoalDone(s.grace, s.sharedStep.id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addCheckIn(s.grace, s.shared.id, { note: "fake progress", progressValue: null })).rejects.toBeInstanceOf(NotFoundError);
    await setSharedGoals(s.grace, [s.secret.id]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a non-buddy everything", async () => {
    const s = await scenario();
    const before = await snapshot();
    await expectRefusedEverything(s.stranger, s);
    expect(await snapshot()).toEqual(before);
  });

  it("ends access at once when the pairing ends: the ex-buddy is refused everything", async () => {
    const s = await scenario();
    await endPairing(s.ada, s.pairing.id);
    const before = await snapshot();
    await expectRefusedEverything(s.grace, s);
    expect(await snapshot()).toEqual(before);
  });

  it("treats tampered ids as not found", async () => {
    const s = await scenario();
    await expect(authorizeBuddy(db.prisma, s.grace, { action: "view-pairing", pairingId: "1 OR 1=1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeBuddy(db.prisma, s.grace, { action: "view-shared-goal", goalId: "../../etc" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment(s.grace, "not-a-uuid", { body: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
