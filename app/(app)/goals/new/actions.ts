"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createGoal } from "@/lib/goals/create-goal";
import { newGoalSchema } from "@/lib/goals/schemas";
import { LimitReachedError } from "@/lib/errors";
import { todayIn } from "@/lib/time/calendar-date";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";

export async function createGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(newGoalSchema(todayIn(user.timeZone)), formData);
  if (!form.ok) return form.state;
  let id: string;
  try {
    ({ id } = await createGoal(user, form.data));
  } catch (error) {
    if (error instanceof LimitReachedError) return errorState(error.message, formValues(formData), { [error.field]: [error.message] });
    console.error("createGoalAction: could not save the goal", { userId: user.id, error });
    return errorState("Your goal could not be saved just now. Please try again in a moment.", formValues(formData));
  }
  redirect(`/goals/${id}?created=1`);
}
