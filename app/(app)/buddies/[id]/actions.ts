"use server";

// A buddy pairing's page: the agreement both people edit, comments and cheers on check-ins,
// and ending the pairing. addCommentAction also serves the owner's replies on their own goal
// page (components/buddies/check-in-thread.tsx), so it refreshes both kinds of page.
import { revalidatePath } from "next/cache";
import { buttonAction, formAction, redirectTo, type RevalidateTarget } from "@/lib/actions/action-client";
import { CommentSchema, CongratulationSchema, PairingRulesSchema, PlanQuestionSchema } from "@/lib/buddies/schemas";
import { reviewStepPlan } from "@/lib/buddies/plan-reviews";
import { congratulateAchievement } from "@/lib/buddies/achievement-news";
import { acceptPairingRules, endPairing, StaleRulesError, updatePairingRules } from "@/lib/buddies/pairings";
import { errorState } from "@/lib/validation/form-state";
import { addCheer, addComment } from "@/lib/buddies/comments";

/** A thread shows on the buddy's page and on the owner's goal page; the form cannot be trusted to say which. */
const THREAD_PAGES: RevalidateTarget[] = [["/buddies/[id]", "page"], ["/goals/[id]", "page"], "/notifications"];

const RULES_MESSAGES = {
  proposed: "Proposed. Your buddy is asked to accept it or propose a change.",
  unchanged: "Nothing changed, so your buddy was not told.",
  accepted: "Accepted. Your buddy is asked to accept it too.",
  agreed: "Accepted: you have both agreed.",
  "already-accepted": "You had already accepted this agreement.",
} as const;

export const updateRulesAction = formAction({
  name: "updateRulesAction",
  ids: ["pairingId"],
  schema: PairingRulesSchema,
  revalidate: ({ ids }) => [`/buddies/${ids.pairingId}`, "/buddies"],
  run: async ({ user, ids, input }) => ({ status: "success", message: RULES_MESSAGES[await updatePairingRules(user, ids.pairingId, input)] }),
});

export const acceptRulesAction = formAction({
  name: "acceptRulesAction",
  ids: ["pairingId"],
  revalidate: ({ ids }) => [`/buddies/${ids.pairingId}`, "/buddies", "/dashboard"],
  run: async ({ user, ids, formData }) => {
    try {
      return { status: "success", message: RULES_MESSAGES[await acceptPairingRules(user, ids.pairingId, String(formData.get("version") ?? ""))] };
    } catch (error) {
      // The rules changed since the page was read: show the new ones and say so.
      if (!(error instanceof StaleRulesError)) throw error;
      revalidatePath(`/buddies/${ids.pairingId}`);
      return errorState(error.message);
    }
  },
});

export const addCommentAction = formAction({
  name: "addCommentAction",
  ids: ["checkInId"],
  schema: CommentSchema,
  revalidate: THREAD_PAGES,
  run: async ({ user, ids, input }) => {
    await addComment(user, ids.checkInId, input);
    return { status: "success", message: "Posted." };
  },
});

export const addCheerAction = buttonAction({
  name: "addCheerAction",
  ids: ["checkInId"],
  revalidate: THREAD_PAGES,
  run: ({ user, ids }) => addCheer(user, ids.checkInId),
});

export const endPairingAction = buttonAction({
  name: "endPairingAction",
  ids: ["pairingId"],
  revalidate: [["/buddies", "layout"]],
  run: async ({ user, ids }) => {
    await endPairing(user, ids.pairingId);
    return redirectTo("/buddies?ended=1");
  },
});

/** A short congratulation on an achievement the buddy was told about. */
export const congratulateAction = formAction({
  name: "congratulateAction",
  schema: CongratulationSchema,
  revalidate: [["/buddies/[id]", "page"]],
  run: async ({ user, input }) => {
    await congratulateAchievement(user, input.goalId, { kind: "COMMENT", body: input.body });
    return { status: "success", message: "Sent. They will see it next to the achievement." };
  },
});

export const cheerAchievementAction = buttonAction({
  name: "cheerAchievementAction",
  ids: ["goalId"],
  revalidate: [["/buddies/[id]", "page"]],
  run: ({ user, ids }) => congratulateAchievement(user, ids.goalId, { kind: "CHEER" }),
});

/** Approving a shared step's if-then plan: the owner is told, the step shows it. */
export const approvePlanAction = buttonAction({
  name: "approvePlanAction",
  ids: ["microGoalId"],
  revalidate: [
    ["/buddies/[id]", "page"],
    ["/goals/[id]", "page"],
  ],
  run: ({ user, ids }) => reviewStepPlan(user, ids.microGoalId, { kind: "APPROVED" }),
});

/** The one question a buddy may ask about a shared step's if-then plan. */
export const askPlanQuestionAction = formAction({
  name: "askPlanQuestionAction",
  ids: ["microGoalId"],
  schema: PlanQuestionSchema,
  revalidate: [
    ["/buddies/[id]", "page"],
    ["/goals/[id]", "page"],
  ],
  run: async ({ user, ids, input }) => {
    await reviewStepPlan(user, ids.microGoalId, { kind: "QUESTION", question: input.question });
    return { status: "success", message: "Question sent." };
  },
});
