"use server";

// Everything done on a goal's page. Each action authenticates, validates ids (a malformed or
// foreign id is a 404, like a missing one), parses the form, makes one lib/ call and refreshes
// the pages that show the goal. Forms with fields return a FormState; one-button forms return
// nothing and the refreshed page is the answer.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/time/calendar-date";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { CheckInFormSchema, DeleteStepFormSchema, IdSchema, MicroGoalFormSchema, MoveStepFormSchema, newMicroGoalSchema, SetStepDoneFormSchema } from "@/lib/goals/schemas";
import { addMicroGoal, deleteMicroGoal, moveMicroGoal, reorderMicroGoals, setMicroGoalDone, TooManyMicroGoalsError, updateMicroGoal } from "@/lib/goals/micro-goals";
import { addCheckIn } from "@/lib/goals/check-ins";
import { dropGoal, reactivateGoal } from "@/lib/goals/set-goal-status";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";
import { fieldsOrNotFound, idField, orNotFound, unexpectedFailure } from "@/lib/validation/action-helpers";

function refreshGoal(goalId: string) {
  revalidatePath(`/goals/${goalId}`);
  revalidatePath("/dashboard");
}

/** Status changes also move the goal between the goals list's tabs and the achievements page. */
function refreshGoalLists(goalId: string) {
  refreshGoal(goalId);
  revalidatePath("/goals");
  revalidatePath("/achievements");
}

export async function addMicroGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  const form = parseForm(newMicroGoalSchema(todayIn(user.timeZone)), formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(addMicroGoal(user, goalId, form.data));
  } catch (error) {
    if (error instanceof TooManyMicroGoalsError) return errorState(error.message, formValues(formData), { [error.field]: [error.message] });
    return unexpectedFailure("addMicroGoalAction", error, { userId: user.id, goalId }, formData);
  }
  refreshGoal(goalId);
  return { status: "success", message: `Step added: ${form.data.title}` };
}

export async function updateMicroGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  const microGoalId = idField(formData, "microGoalId");
  const form = parseForm(MicroGoalFormSchema, formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(updateMicroGoal(user, microGoalId, form.data));
  } catch (error) {
    return unexpectedFailure("updateMicroGoalAction", error, { userId: user.id, goalId, microGoalId }, formData);
  }
  refreshGoal(goalId);
  return { status: "success", message: "Step saved.", values: formValues(formData) };
}

export async function setMicroGoalDoneAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const { goalId, microGoalId, done } = fieldsOrNotFound(SetStepDoneFormSchema, formData);
  await orNotFound(setMicroGoalDone(user, microGoalId, done));
  refreshGoal(goalId);
}

export async function deleteMicroGoalAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const { goalId, microGoalId } = fieldsOrNotFound(DeleteStepFormSchema, formData);
  await orNotFound(deleteMicroGoal(user, microGoalId));
  refreshGoal(goalId);
}

export async function moveMicroGoalAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const { goalId, microGoalId, direction } = fieldsOrNotFound(MoveStepFormSchema, formData);
  await orNotFound(moveMicroGoal(user, microGoalId, direction));
  refreshGoal(goalId);
}

const ReorderSchema = z.object({ goalId: IdSchema, orderedIds: z.array(IdSchema).max(500) });

/** Saves a drag-and-drop order. Called from script with arguments, not a form. */
export async function reorderMicroGoalsAction(goalId: string, orderedIds: string[]): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await requireUser();
  const input = ReorderSchema.safeParse({ goalId, orderedIds });
  if (!input.success) notFound();
  try {
    await reorderMicroGoals(user, input.data.goalId, input.data.orderedIds);
  } catch (error) {
    // The ids no longer match the goal's steps: a step was added or deleted elsewhere. The
    // refreshed page shows the current list to try again with.
    if (!(error instanceof NotFoundError)) throw error;
    refreshGoal(input.data.goalId);
    return { ok: false, message: "The steps changed since this page was loaded, so the new order was not saved. The list is now up to date; please try again." };
  }
  refreshGoal(input.data.goalId);
  return { ok: true };
}

export async function addCheckInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  const form = parseForm(CheckInFormSchema, formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(addCheckIn(user, goalId, form.data));
  } catch (error) {
    return unexpectedFailure("addCheckInAction", error, { userId: user.id, goalId }, formData);
  }
  refreshGoal(goalId);
  return { status: "success", message: "Check-in saved." };
}

export async function dropGoalAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  await orNotFound(dropGoal(user, goalId));
  refreshGoalLists(goalId);
}

export async function reactivateGoalAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  try {
    await orNotFound(reactivateGoal(user, goalId));
  } catch (error) {
    // A plain form (it works without JavaScript): the goal page explains the limit.
    if (error instanceof LimitReachedError) redirect(`/goals/${goalId}?limit=active`);
    throw error;
  }
  refreshGoalLists(goalId);
}

export async function deleteGoalAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  await orNotFound(deleteGoal(user, goalId));
  revalidatePath("/dashboard");
  revalidatePath("/goals");
  revalidatePath("/achievements");
  redirect("/goals?deleted=1");
}
