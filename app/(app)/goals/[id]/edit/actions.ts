"use server";

import { formAction, redirectTo } from "@/lib/actions/action-client";
import { GoalFormSchema } from "@/lib/goals/schemas";
import { updateGoal } from "@/lib/goals/update-goal";
import type { FormState } from "@/lib/validation/form-state";

/** A past deadline is allowed here: plans slip. */
const saveGoalEdits = formAction({
  name: "updateGoalAction",
  ids: ["goalId"],
  schema: GoalFormSchema,
  failureMessage: "Your changes could not be saved just now. Please try again in a moment.",
  revalidate: ({ ids }) => [`/goals/${ids.goalId}`],
  run: async ({ user, ids, input }) => {
    await updateGoal(user, ids.goalId, input);
    return redirectTo(`/goals/${ids.goalId}?saved=1`);
  },
});

/** Bound to the goal's id by the edit page; the client reads (and checks) it like any id field. */
export async function updateGoalAction(goalId: string, state: FormState, formData: FormData): Promise<FormState> {
  formData.set("goalId", goalId);
  return saveGoalEdits(state, formData);
}
