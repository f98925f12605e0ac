"use server";

import { formAction } from "@/lib/actions/action-client";
import { ReflectionAnswerSchema } from "@/lib/reflections/schemas";
import { saveReflection } from "@/lib/reflections/save-reflection";

export const saveReflectionAction = formAction({
  name: "saveReflectionAction",
  schema: ReflectionAnswerSchema,
  revalidate: ["/reflect"],
  run: async ({ user, input }) => {
    const saved = await saveReflection(user, input);
    return { status: "success", message: saved ? "Saved." : "Answer cleared.", values: input };
  },
});
