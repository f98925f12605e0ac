"use server";

// Everything done on a goal's page. Forms with fields return a FormState; one-button forms return
// nothing and the refreshed page is the answer. The action client (lib/actions) authenticates,
// turns a malformed or foreign id into the 404 page and maps domain errors.
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { buttonAction, formAction, redirectTo } from "@/lib/actions/action-client";
import { requireUser } from "@/lib/auth/session";
import { AppErrorCode, isAppError } from "@/lib/errors";
import { CheckInFormSchema, DeleteStepFormSchema, IdSchema, MicroGoalFormSchema, MoveStepFormSchema, newMicroGoalSchema, SetStepDoneFormSchema } from "@/lib/goals/schemas";
import { addMicroGoal, deleteMicroGoal, moveMicroGoal, reorderMicroGoals, setMicroGoalDone, updateMicroGoal } from "@/lib/goals/micro-goals";
import { todayIn } from "@/lib/time/calendar-date";
import { addCheckIn } from "@/lib/goals/check-ins";
import { dropGoal, reactivateGoal } from "@/lib/goals/set-goal-status";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { formValues } from "@/lib/validation/form-state";
import { PlanAnswerSchema } from "@/lib/buddies/schemas";
import { answerPlanQuestion } from "@/lib/buddies/plan-reviews";

const goalPages = (goalId: string) => [`/goals/${goalId}`, "/dashboard"];
/** Status changes also move the goal between the goals list's tabs and the achievements page. */
const goalListPages = (goalId: string) => [...goalPages(goalId), "/goals", "/achievements"];

export const addMicroGoalAction = formAction({
  name: "addMicroGoalAction",
  ids: ["goalId"],
  // A new step may not start out overdue (an existing one keeps its date when edited).
  schema: (user) => newMicroGoalSchema(todayIn(user.timeZone)),
  revalidate: ({ ids }) => goalPages(ids.goalId),
  run: async ({ user, ids, input }) => {
    await addMicroGoal(user, ids.goalId, input);
    return { status: "success", message: `Step added: ${input.title}` };
  },
});

export const updateMicroGoalAction = formAction({
  name: "updateMicroGoalAction",
  ids: ["goalId", "microGoalId"],
  schema: MicroGoalFormSchema,
  revalidate: ({ ids }) => goalPages(ids.goalId),
  run: async ({ user, ids, input, formData }) => {
    await updateMicroGoal(user, ids.microGoalId, input);
    return { status: "success", message: "Step saved.", values: formValues(formData) };
  },
});

export const setMicroGoalDoneAction = buttonAction({
  name: "setMicroGoalDoneAction",
  schema: SetStepDoneFormSchema,
  revalidate: ({ input }) => goalPages(input.goalId),
  run: ({ user, input }) => setMicroGoalDone(user, input.microGoalId, input.done),
});

export const deleteMicroGoalAction = buttonAction({
  name: "deleteMicroGoalAction",
  schema: DeleteStepFormSchema,
  revalidate: ({ input }) => goalPages(input.goalId),
  run: ({ user, input }) => deleteMicroGoal(user, input.microGoalId),
});

export const moveMicroGoalAction = buttonAction({
  name: "moveMicroGoalAction",
  schema: MoveStepFormSchema,
  revalidate: ({ input }) => goalPages(input.goalId),
  run: ({ user, input }) => moveMicroGoal(user, input.microGoalId, input.direction),
});

const ReorderSchema = z.object({ goalId: IdSchema, orderedIds: z.array(IdSchema).max(500) });

/**
 * Saves a drag-and-drop order. Called from script with arguments, not a form, and a NOT_FOUND
 * here is not the 404 page: the ids no longer match the goal's steps (one was added or deleted
 * elsewhere), and the refreshed page shows the current list to try again with.
 */
export async function reorderMicroGoalsAction(goalId: string, orderedIds: string[]): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await requireUser();
  const input = ReorderSchema.safeParse({ goalId, orderedIds });
  if (!input.success) notFound();
  const refresh = () => goalPages(input.data.goalId).forEach((path) => revalidatePath(path));
  try {
    await reorderMicroGoals(user, input.data.goalId, input.data.orderedIds);
  } catch (error) {
    if (!isAppError(error, AppErrorCode.NOT_FOUND)) throw error;
    refresh();
    return { ok: false, message: "The steps changed since this page was loaded, so the new order was not saved. The list is now up to date; please try again." };
  }
  refresh();
  return { ok: true };
}

const COMEBACK_MESSAGE = "Welcome back! Check-in saved. Picking a goal up again after a break is what keeps it going.";

export const addCheckInAction = formAction({
  name: "addCheckInAction",
  ids: ["goalId"],
  schema: CheckInFormSchema,
  revalidate: ({ ids }) => goalPages(ids.goalId),
  run: async ({ user, ids, input }) => {
    const { comeback } = await addCheckIn(user, ids.goalId, input);
    // Nothing resets after a break: coming back is what counts, and it is said so.
    return { status: "success", message: comeback ? COMEBACK_MESSAGE : "Check-in saved." };
  },
});

/** The owner's answer to their buddy's question about a step's if-then plan. */
export const answerPlanQuestionAction = formAction({
  name: "answerPlanQuestionAction",
  ids: ["microGoalId"],
  schema: PlanAnswerSchema,
  revalidate: [
    ["/goals/[id]", "page"],
    ["/buddies/[id]", "page"],
  ],
  run: async ({ user, ids, input }) => {
    await answerPlanQuestion(user, ids.microGoalId, input.answer);
    return { status: "success", message: "Answer sent." };
  },
});

export const dropGoalAction = buttonAction({
  name: "dropGoalAction",
  ids: ["goalId"],
  revalidate: ({ ids }) => goalListPages(ids.goalId),
  run: ({ user, ids }) => dropGoal(user, ids.goalId),
});

export const reactivateGoalAction = buttonAction({
  name: "reactivateGoalAction",
  ids: ["goalId"],
  revalidate: ({ ids }) => goalListPages(ids.goalId),
  run: async ({ user, ids }) => {
    try {
      await reactivateGoal(user, ids.goalId);
    } catch (error) {
      // A plain form (it works without JavaScript): the goal page explains the limit.
      if (isAppError(error, AppErrorCode.LIMIT_REACHED)) return redirectTo(`/goals/${ids.goalId}?limit=active`);
      throw error;
    }
  },
});

export const deleteGoalAction = buttonAction({
  name: "deleteGoalAction",
  ids: ["goalId"],
  revalidate: ["/dashboard", "/goals", "/achievements"],
  run: async ({ user, ids }) => {
    await deleteGoal(user, ids.goalId);
    return redirectTo("/goals?deleted=1");
  },
});
