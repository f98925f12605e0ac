"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getGoal } from "@/lib/goals/get-goal";
import { AchievementFormSchema, IdSchema } from "@/lib/goals/schemas";
import { achieveGoal, saveAchievementReflection } from "@/lib/goals/set-goal-status";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";

/**
 * Marks an active goal achieved with the reflection, or saves the reflection of one already
 * achieved (keeping when it was achieved). The goal's status is read here rather than sent by
 * the form, so a second tab or a resubmitted form cannot reset the achievement date.
 */
export async function achieveGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
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
    else await achieveGoal(user, goal.id, form.data);
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
