// If-then plans on steps: stored with their cue, read by the buddy only on shared goals, approved
// or questioned once, answered by the owner, with a notification each way that links to the step.
import { describe, expect, it } from "vitest";
import { addMicroGoal, updateMicroGoal } from "@/lib/goals/micro-goals";
import { getGoalDetail } from "@/lib/goals/get-goal";
import { GoalFormSchema, MicroGoalFormSchema } from "@/lib/goals/schemas";
import { createGoal } from "@/lib/goals/create-goal";
import { updateGoal } from "@/lib/goals/update-goal";
import { AppErrorCode, isAppError, NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/integration/database";
import { reviewPair, sharedGoal } from "@/test/integration/reviews";
import { createSessionUser } from "@/test/integration/session-users";
import { getBuddyView } from "./buddy-view";
import { answerPlanQuestion, reviewStepPlan } from "./plan-reviews";

const db = setupTestDatabase();

const PLAN = "If it is Monday 8:30 and I open my laptop, then I write the promotion case for 25 minutes.";
const stepInput = (overrides: Record<string, string> = {}) => MicroGoalFormSchema.parse({ title: "Write the promotion case", actionPlan: "", deadline: "2027-03-31", obstacle: "Meetings run over", ifThenPlan: PLAN, cueWeekday: "1", cueTime: "08:30", ...overrides });

async function notificationsOf(userId: string) {
  return db.prisma.notification.findMany({ where: { userId }, select: { kind: true, title: true, link: true }, orderBy: { createdAt: "asc" } });
}

describe("if-then plans and the buddy's review", () => {
  it("stores the obstacle, the plan and its cue; the buddy reads them on a shared goal, asks one question, the owner answers, the buddy approves", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const goal = await sharedGoal(db.prisma, ada, "Get promoted");
    const { id: stepId } = await addMicroGoal(ada, goal.id, stepInput());

    const owned = (await getGoalDetail(ada, goal.id)).microGoals[0];
    expect(owned).toMatchObject({ obstacle: "Meetings run over", ifThenPlan: PLAN, cue: { weekday: 1, minute: 510 }, review: null });
    const seen = (await getBuddyView(grace, pairing.id)).sharedGoals[0]?.microGoals[0];
    expect(seen).toMatchObject({ id: stepId, ifThenPlan: PLAN, obstacle: "Meetings run over" });

    await reviewStepPlan(grace, stepId, { kind: "QUESTION", question: "What if Monday is a holiday?" });
    // One question per plan.
    await expect(reviewStepPlan(grace, stepId, { kind: "QUESTION", question: "And another?" })).rejects.toSatisfy((error) => isAppError(error, AppErrorCode.CONFLICT));
    expect(await notificationsOf(ada.id)).toEqual([{ kind: "plan-review", title: "Grace asked about your plan for “Write the promotion case”", link: `/goals/${goal.id}#step-item-${stepId}` }]);

    await answerPlanQuestion(ada, stepId, "Then Tuesday, same time.");
    await expect(answerPlanQuestion(ada, stepId, "Twice")).rejects.toSatisfy((error) => isAppError(error, AppErrorCode.CONFLICT));
    expect(await notificationsOf(grace.id)).toEqual([{ kind: "plan-answer", title: "Ada answered your question about “Write the promotion case”", link: `/buddies/${pairing.id}#step-${stepId}` }]);
    expect((await getGoalDetail(ada, goal.id)).microGoals[0]?.review).toMatchObject({ kind: "QUESTION", question: "What if Monday is a holiday?", answer: "Then Tuesday, same time.", reviewerName: "Grace" });

    await reviewStepPlan(grace, stepId, { kind: "APPROVED" });
    expect((await getGoalDetail(ada, goal.id)).microGoals[0]?.review).toMatchObject({ kind: "APPROVED", reviewerName: "Grace" });
    expect((await notificationsOf(ada.id)).at(-1)?.title).toBe("Grace approved your plan for “Write the promotion case”");

    // Saving the same plan (a new title) keeps the approval; new words in the plan ask afresh.
    await updateMicroGoal(ada, stepId, stepInput({ title: "Write the case" }));
    expect((await getGoalDetail(ada, goal.id)).microGoals[0]?.review?.kind).toBe("APPROVED");
    await updateMicroGoal(ada, stepId, stepInput({ ifThenPlan: "When I finish lunch on Tuesday, then I write for 25 minutes." }));
    expect((await getGoalDetail(ada, goal.id)).microGoals[0]?.review).toBeNull();
  });

  it("a private goal's plan is never read or reviewable by the buddy, nor by a stranger, nor by the owner as a 'buddy'", async () => {
    const { ada, grace } = await reviewPair(db.prisma);
    const stranger = await createSessionUser(db.prisma, { name: "Mallory" });
    const privateGoal = await sharedGoal(db.prisma, ada, "Secret plan", { visibility: "PRIVATE" });
    const shared = await sharedGoal(db.prisma, ada, "Shared");
    const { id: privateStep } = await addMicroGoal(ada, privateGoal.id, stepInput());
    const { id: sharedStep } = await addMicroGoal(ada, shared.id, stepInput());

    await expect(reviewStepPlan(grace, privateStep, { kind: "APPROVED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewStepPlan(stranger, sharedStep, { kind: "APPROVED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewStepPlan(ada, sharedStep, { kind: "APPROVED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewStepPlan(grace, "00000000-0000-4000-8000-000000000000", { kind: "APPROVED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerPlanQuestion(grace, sharedStep, "Not mine")).rejects.toBeInstanceOf(NotFoundError);
    expect(await notificationsOf(ada.id)).toEqual([]);
    const view = JSON.stringify(await getBuddyView(grace, (await db.prisma.buddyPairing.findFirstOrThrow({ where: { userAId: ada.id } })).id));
    expect(view).not.toContain("Secret plan");
    expect(view.match(/Meetings run over/g)).toHaveLength(1);
  });

  it("guides a plan without a situation or an action with a field message, and keeps a blank plan optional", () => {
    const result = MicroGoalFormSchema.safeParse({ title: "Step", actionPlan: "", deadline: "", ifThenPlan: "Write more" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["ifThenPlan"], message: expect.stringMatching(/^Start with the moment it happens/) });
    expect(MicroGoalFormSchema.parse({ title: "Step", actionPlan: "", deadline: "" })).toMatchObject({ ifThenPlan: "", obstacle: "", cueWeekday: null, cueTime: null });
    expect(MicroGoalFormSchema.safeParse({ title: "Step", actionPlan: "", deadline: "", cueTime: "25:00" }).error?.issues[0]?.path).toEqual(["cueTime"]);
  });

  it("stores the goal's feedback style (unset by default); only the buddy of a shared goal reads it", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const form = { title: "Lead a team", category: "LEADERSHIP", horizonYears: "1", deadline: "2027-09-30", specific: "", measure: "", baselineValue: "", targetValue: "", measureUnit: "", attainable: "", relevant: "", reward: "" };
    const plain = await createGoal(ada, GoalFormSchema.parse(form));
    expect((await getGoalDetail(ada, plain.id)).goal.feedbackStyle).toBeNull();
    const { id } = await createGoal(ada, GoalFormSchema.parse({ ...form, title: "Private candid goal", feedbackStyle: "CANDID" }));
    expect((await getGoalDetail(ada, id)).goal.feedbackStyle).toBe("CANDID");
    expect((await getBuddyView(grace, pairing.id)).sharedGoals).toEqual([]);
    await updateGoal(ada, id, GoalFormSchema.parse({ ...form, title: "Shared candid goal", feedbackStyle: "CANDID", visibility: "BUDDIES" }));
    expect((await getBuddyView(grace, pairing.id)).sharedGoals.map((shared) => [shared.goal.title, shared.goal.feedbackStyle])).toEqual([["Shared candid goal", "CANDID"]]);
    expect(GoalFormSchema.safeParse({ ...form, feedbackStyle: "HARSH" }).error?.issues[0]?.path).toEqual(["feedbackStyle"]);
  });
});
