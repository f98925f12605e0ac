"use server";

import { formAction, redirectTo } from "@/lib/actions/action-client";
import { AppError, AppErrorCode } from "@/lib/errors";
import { getGoal } from "@/lib/goals/get-goal";
import { AchievementFormSchema } from "@/lib/goals/schemas";
import { achieveGoal, saveAchievementReflection } from "@/lib/goals/set-goal-status";
import { getAchievementShortfall } from "@/lib/goals/get-achievement-shortfall";
import { errorState, formValues } from "@/lib/validation/form-state";
import { CelebrationInPastError, shareAchievementNews, suggestCelebration } from "@/lib/buddies/achievement-news";
import { CelebrationSchema } from "@/lib/buddies/schemas";
import type { AchieveFormState } from "@/components/goals/achievement-form";

/**
 * Marks an active goal achieved with the reflection, or saves the reflection of one already
 * achieved (keeping when it was achieved). The goal's status is read here rather than sent by
 * the form, so a second tab or a resubmitted form cannot reset the achievement date.
 */
export const achieveGoalAction = formAction({
  name: "achieveGoalAction",
  ids: ["goalId"],
  schema: AchievementFormSchema,
  failureMessage: "Your reflection could not be saved just now. Please try again in a moment.",
  revalidate: ({ ids }) => [`/goals/${ids.goalId}`, "/dashboard", "/goals", "/achievements"],
  run: async ({ user, ids, input, formData }) => {
    const goal = await getGoal(user, ids.goalId);
    if (goal.status === "DROPPED") throw new AppError(AppErrorCode.CONFLICT, "This goal was dropped. Reactivate it on its page before marking it achieved.");
    if (goal.status === "ACHIEVED") await saveAchievementReflection(user, goal.id, input);
    else {
      // Asked once: the answer comes back as the button the owner pressed.
      const answer = formData.get("confirmShortfall");
      const shortfall = answer === "anyway" || answer === "close-steps" ? null : await getAchievementShortfall(user, goal.id);
      if (shortfall) {
        const question: AchieveFormState = { ...errorState(shortfall.question, formValues(formData)), confirm: { openSteps: shortfall.openSteps } };
        return question;
      }
      await achieveGoal(user, goal.id, input, { closeOpenSteps: answer === "close-steps" });
    }
    return redirectTo(`/achievements?goal=${goal.id}`);
  },
});

/** Tells one buddy about this achieved goal (for a private goal: only its title and reward). */
export const shareAchievementNewsAction = formAction({
  name: "shareAchievementNewsAction",
  ids: ["goalId", "pairingId"],
  failureMessage: "The news could not be sent just now. Please try again in a moment.",
  revalidate: ({ ids }) => [`/goals/${ids.goalId}/achieve`],
  run: async ({ user, ids }) => {
    await shareAchievementNews(user, ids.goalId, ids.pairingId);
    return { status: "success", message: "Sent." };
  },
});

/** Suggests a time to celebrate with one buddy; both get a calendar invitation. */
export const suggestCelebrationAction = formAction({
  name: "suggestCelebrationAction",
  schema: CelebrationSchema,
  failureMessage: "The invitation could not be sent just now. Please try again in a moment.",
  revalidate: ({ input }) => [`/goals/${input.goalId}/achieve`],
  run: async ({ user, input, formData }) => {
    try {
      await suggestCelebration(user, input);
    } catch (error) {
      if (error instanceof CelebrationInPastError) return errorState("Please correct the highlighted fields.", formValues(formData), { date: [error.message] });
      throw error;
    }
    return { status: "success", message: "Invitation sent to you both." };
  },
});
