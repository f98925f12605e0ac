"use server";

import { formAction, redirectTo } from "@/lib/actions/action-client";
import { createGoal } from "@/lib/goals/create-goal";
import { newGoalSchema } from "@/lib/goals/schemas";
import { todayIn } from "@/lib/time/calendar-date";

export const createGoalAction = formAction({
  name: "createGoalAction",
  // The deadline must be ahead in the user's own zone, so the schema is built for them.
  schema: (user) => newGoalSchema(todayIn(user.timeZone)),
  failureMessage: "Your goal could not be saved just now. Please try again in a moment.",
  run: async ({ user, input }) => {
    const { id } = await createGoal(user, input);
    return redirectTo(`/goals/${id}?created=1`);
  },
});
