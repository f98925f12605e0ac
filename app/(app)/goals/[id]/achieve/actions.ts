"use server";

import { formAction, redirectTo } from "@/lib/actions/action-client";
import { AppError, AppErrorCode } from "@/lib/errors";
import { getGoal } from "@/lib/goals/get-goal";
import { AchievementFormSchema } from "@/lib/goals/schemas";
import { achieveGoal, saveAchievementReflection } from "@/lib/goals/set-goal-status";

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
  run: async ({ user, ids, input }) => {
    const goal = await getGoal(user, ids.goalId);
    if (goal.status === "DROPPED") throw new AppError(AppErrorCode.CONFLICT, "This goal was dropped. Reactivate it on its page before marking it achieved.");
    if (goal.status === "ACHIEVED") await saveAchievementReflection(user, goal.id, input);
    else await achieveGoal(user, goal.id, input);
    return redirectTo(`/achievements?goal=${goal.id}`);
  },
});
