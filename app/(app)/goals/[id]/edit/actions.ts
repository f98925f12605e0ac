"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { GoalFormSchema, IdSchema } from "@/lib/goals/schemas";
import { updateGoal } from "@/lib/goals/update-goal";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";

/** Bound to the goal's id by the edit page. A past deadline is allowed: plans slip. */
export async function updateGoalAction(goalId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  if (!IdSchema.safeParse(goalId).success) notFound();
  const form = parseForm(GoalFormSchema, formData);
  if (!form.ok) return form.state;
  try {
    await updateGoal(user, goalId, form.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    console.error("updateGoalAction: could not save the goal", { userId: user.id, goalId, error });
    return errorState("Your changes could not be saved just now. Please try again in a moment.", formValues(formData));
  }
  revalidatePath(`/goals/${goalId}`);
  redirect(`/goals/${goalId}?saved=1`);
}
