// A buddy's review of a shared step's if-then plan: approve it, or ask one question that the
// owner answers. Only steps of goals shared with buddies (not dropped) are reviewable, and only
// by someone in an active pairing with the owner; anything else is "not found". Each side hears
// about the other's move through an in-app notification that links to the step, and in the
// hourly buddy-activity email (activity-email.ts), which they can turn off.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, AppErrorCode, NotFoundError } from "@/lib/errors";
import { createNotification } from "@/lib/notifications/notifications";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { activePairingBetween } from "./active-pairings";
import { queueBuddyActivityEmail } from "./activity-email";

export type PlanReviewInput = { kind: "APPROVED" } | { kind: "QUESTION"; question: string };

/** Where the owner reads the step (the goal page's step anchor) and where the buddy does. */
export const ownerStepPath = (goalId: string, stepId: string) => `/goals/${goalId}#step-item-${stepId}`;
export const buddyStepPath = (pairingId: string, stepId: string) => `/buddies/${pairingId}#step-${stepId}`;

export async function reviewStepPlan(actor: SessionUser, microGoalId: string, input: PlanReviewInput, now = new Date()): Promise<void> {
  const db = await getDb();
  const sendNow = await db.$transaction(async (tx) => {
    const step = await tx.microGoal.findFirst({
      where: { id: microGoalId, goal: { visibility: "BUDDIES", status: { not: "DROPPED" }, ownerId: { not: actor.id } } },
      select: { id: true, title: true, ifThenPlan: true, planReview: true, planAnswer: true, goal: { select: { id: true, ownerId: true, owner: { select: { email: true } } } } },
    });
    const pairing = step ? await activePairingBetween(tx, actor.id, step.goal.ownerId) : null;
    if (!step || !pairing) throw new NotFoundError("That step");
    // Lock the step: two answers at once must not both count as the one question.
    await tx.$queryRaw`SELECT 1 FROM "MicroGoal" WHERE "id" = ${step.id}::uuid FOR UPDATE`;
    if (!step.ifThenPlan) throw new AppError(AppErrorCode.CONFLICT, "This step has no if-then plan to review yet.");
    // One question per plan; after the answer the buddy may still approve it.
    const answeredQuestion = step.planReview === "QUESTION" && step.planAnswer !== null;
    if (step.planReview === "APPROVED" || (step.planReview === "QUESTION" && (!answeredQuestion || input.kind === "QUESTION"))) {
      throw new AppError(AppErrorCode.CONFLICT, "You already answered this plan. A new plan can be reviewed again.", input.kind === "QUESTION" ? "question" : undefined);
    }
    await tx.microGoal.update({
      where: { id: step.id },
      data: input.kind === "APPROVED" ? { planReview: "APPROVED", planReviewedAt: now, planReviewedById: actor.id } : { planReview: "QUESTION", planQuestion: input.question, planAnswer: null, planReviewedAt: now, planReviewedById: actor.id },
    });
    await createNotification(tx, {
      userId: step.goal.ownerId,
      kind: "plan-review",
      title: input.kind === "APPROVED" ? `${actor.name} approved your plan for “${step.title}”` : `${actor.name} asked about your plan for “${step.title}”`,
      link: ownerStepPath(step.goal.id, step.id),
    });
    return queueBuddyActivityEmail(tx, { recipient: { id: step.goal.ownerId, email: step.goal.owner.email }, pairingId: pairing.id, now });
  });
  if (sendNow) await deliverSoon(sendNow, now);
}

/** The owner answers their buddy's question about a step's plan (once). */
export async function answerPlanQuestion(actor: SessionUser, microGoalId: string, answer: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const sendNow = await db.$transaction(async (tx) => {
    const { count } = await tx.microGoal.updateMany({
      where: { id: microGoalId, goal: { ownerId: actor.id }, planReview: "QUESTION", planAnswer: null },
      data: { planAnswer: answer, planAnsweredAt: now },
    });
    if (count === 0) {
      const mine = await tx.microGoal.findFirst({ where: { id: microGoalId, goal: { ownerId: actor.id } }, select: { id: true } });
      if (!mine) throw new NotFoundError("That step");
      throw new AppError(AppErrorCode.CONFLICT, "This question was already answered.", "answer");
    }
    const step = await tx.microGoal.findUniqueOrThrow({ where: { id: microGoalId }, select: { id: true, title: true, planReviewedBy: { select: { id: true, email: true } }, goal: { select: { visibility: true } } } });
    // The buddy hears of the answer while they can still read it: paired, and the goal still shared.
    const reviewer = step.planReviewedBy;
    if (!reviewer || step.goal.visibility !== "BUDDIES") return null;
    const pairing = await activePairingBetween(tx, actor.id, reviewer.id);
    if (!pairing) return null;
    await createNotification(tx, { userId: reviewer.id, kind: "plan-answer", title: `${actor.name} answered your question about “${step.title}”`, link: buddyStepPath(pairing.id, step.id) });
    return queueBuddyActivityEmail(tx, { recipient: reviewer, pairingId: pairing.id, now });
  });
  if (sendNow) await deliverSoon(sendNow, now);
}
