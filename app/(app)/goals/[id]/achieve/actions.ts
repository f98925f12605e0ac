"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getGoal } from "@/lib/goals/get-goal";
import { AchievementFormSchema, IdSchema } from "@/lib/goals/schemas";
import { achieveGoal, saveAchievementReflection } from "@/lib/goals/set-goal-status";
import { getAchievementShortfall } from "@/lib/goals/get-achievement-shortfall";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";
import { CelebrationInPastError, shareAchievementNews, suggestCelebration } from "@/lib/buddies/achievement-news";
import { CelebrationSchema } from "@/lib/buddies/schemas";
import type { AchieveFormState } from "@/components/goals/achievement-form";

/**
 * Marks an active goal achieved with the reflection, or saves the reflection of one already
 * achieved (keeping when it was achieved). The goal's status is read here rather than sent by
 * the form, so a second tab or a resubmitted form cannot reset the achievement date.
 */
export async function achieveGoalAction(_state: AchieveFormState, formData: FormData): Promise<AchieveFormState> {
  const user = await requireUser();
  const goalId = IdSchema.safeParse(formData.get("goalId"));
  if (!goalId.success) notFound();
  const form = parseForm(AchievementFormSchema, formData);
  if (!form.ok) return form.state;
  try {
    const goal = await getGoal(user, goalId.data);
    if (goal.status === "DROPPED") {
      return errorState("This goal was dropped. Reactivate it on its page before marking it achieved.", formValues(formData));
    }
    if (goal.status === "ACHIEVED") await saveAchievementReflection(user, goal.id, form.data);
    else {
      // Asked once: the answer comes back as the button the owner pressed.
      const answer = formData.get("confirmShortfall");
      const shortfall = answer === "anyway" || answer === "close-steps" ? null : await getAchievementShortfall(user, goal.id);
      if (shortfall) return { ...errorState(shortfall.question, formValues(formData)), confirm: { openSteps: shortfall.openSteps } };
      await achieveGoal(user, goal.id, form.data, { closeOpenSteps: answer === "close-steps" });
    }
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    console.error("achieveGoalAction failed", { userId: user.id, goalId: goalId.data, error });
    return errorState("Your reflection could not be saved just now. Please try again in a moment.", formValues(formData));
  }
  revalidatePath(`/goals/${goalId.data}`);
  revalidatePath("/dashboard");
  revalidatePath("/goals");
  revalidatePath("/achievements");
  redirect(`/achievements?goal=${goalId.data}`);
}

/** Tells one buddy about this achieved goal (for a private goal: only its title and reward). */
export async function shareAchievementNewsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const goalId = IdSchema.safeParse(formData.get("goalId"));
  const pairingId = IdSchema.safeParse(formData.get("pairingId"));
  if (!goalId.success || !pairingId.success) notFound();
  try {
    await shareAchievementNews(user, goalId.data, pairingId.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    console.error("shareAchievementNewsAction failed", { userId: user.id, goalId: goalId.data, error });
    return errorState("The news could not be sent just now. Please try again in a moment.");
  }
  revalidatePath(`/goals/${goalId.data}/achieve`);
  return { status: "success", message: "Sent." };
}

/** Suggests a time to celebrate with one buddy; both get a calendar invitation. */
export async function suggestCelebrationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(CelebrationSchema, formData);
  if (!form.ok) return form.state;
  try {
    await suggestCelebration(user, form.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof CelebrationInPastError) return errorState("Please correct the highlighted fields.", formValues(formData), { date: [error.message] });
    console.error("suggestCelebrationAction failed", { userId: user.id, goalId: form.data.goalId, error });
    return errorState("The invitation could not be sent just now. Please try again in a moment.", formValues(formData));
  }
  revalidatePath(`/goals/${form.data.goalId}/achieve`);
  return { status: "success", message: "Invitation sent to you both." };
}
