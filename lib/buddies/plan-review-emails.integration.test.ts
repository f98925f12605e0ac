// A buddy's move on an if-then plan reaches the other person by email too (the hourly
// buddy-activity email, through a real SMTP server), not only in the app.
import { beforeEach, describe, expect, it } from "vitest";
import { addMicroGoal } from "@/lib/goals/micro-goals";
import { MicroGoalFormSchema } from "@/lib/goals/schemas";
import { setupAccountHarness, TEST_APP_URL } from "@/test/integration/account-harness";
import { reviewPair, sharedGoal } from "@/test/integration/reviews";
import { answerPlanQuestion, reviewStepPlan } from "./plan-reviews";

const { db, mail } = setupAccountHarness();
const PLAN = "If it is Monday 8:30 and I open my laptop, then I write the promotion case for 25 minutes.";
const step = () => MicroGoalFormSchema.parse({ title: "Write the promotion case", actionPlan: "", deadline: "2027-03-31", ifThenPlan: PLAN });

describe("plan reviews by email", () => {
  beforeEach(async () => {
    await db.prisma.user.updateMany({ data: { buddyNudgesEnabled: false, deadlineRemindersEnabled: false } });
  });

  it("the owner reads the buddy's question, and the buddy reads the answer, each in an email that links to the step's goal or the buddy page", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const goal = await sharedGoal(db.prisma, ada, "Get promoted");
    const { id: stepId } = await addMicroGoal(ada, goal.id, step());

    await reviewStepPlan(grace, stepId, { kind: "QUESTION", question: "What if Monday is a holiday?" }, new Date("2027-02-01T09:00:00Z"));
    const question = await mail().waitFor(ada.email, "Grace left 1 plan review");
    expect(question.subject).toBe("Grace left 1 plan review on Stepwise");
    expect(question.text).toContain("About your plan for “Write the promotion case”, Grace asks: “What if Monday is a holiday?”");
    expect(question.text).toContain(`${TEST_APP_URL}/goals/${goal.id}`);

    await answerPlanQuestion(ada, stepId, "Then Tuesday, same time.", new Date("2027-02-01T10:00:00Z"));
    const answer = await mail().waitFor(grace.email, "Ada left 1 answer");
    expect(answer.text).toContain("Ada answered your question about their plan for “Write the promotion case”: “Then Tuesday, same time.”");
    expect(answer.text).toContain(`${TEST_APP_URL}/buddies/${pairing.id}`);
  });

  it("an approval is emailed too, and nothing is sent to someone who turned buddy emails off", async () => {
    const { ada, grace } = await reviewPair(db.prisma);
    const goal = await sharedGoal(db.prisma, ada, "Speak at a conference");
    const { id: first } = await addMicroGoal(ada, goal.id, step());
    await reviewStepPlan(grace, first, { kind: "APPROVED" }, new Date("2027-02-02T09:00:00Z"));
    const approval = await mail().waitFor(ada.email, "Grace left 1 plan review");
    expect(approval.text).toContain("Grace approved your if-then plan for “Write the promotion case”.");

    await db.prisma.user.update({ where: { id: ada.id }, data: { buddyActivityEmailsEnabled: false } });
    const { id: second } = await addMicroGoal(ada, goal.id, step());
    await reviewStepPlan(grace, second, { kind: "APPROVED" }, new Date("2027-02-03T09:00:00Z"));
    // The in-app notification still arrives; the email does not.
    expect(await db.prisma.notification.count({ where: { userId: ada.id, kind: "plan-review" } })).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mail().to(ada.email)).toHaveLength(1);
  });
});
