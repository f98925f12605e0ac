"use server";

import { buttonAction, formAction } from "@/lib/actions/action-client";
import { deleteInterviewAnswer, saveInterviewAnswer } from "@/lib/goals/interview-answer-drafts";
import { SaveAnswerSchema } from "@/lib/goals/interview-answer-schemas";

export const saveInterviewAnswerAction = formAction({
  name: "saveInterviewAnswerAction",
  schema: SaveAnswerSchema,
  revalidate: ["/interview-answers"],
  run: async ({ user, input }) => {
    await saveInterviewAnswer(user, input);
    return { status: "success", message: "Answer saved.", values: { body: input.body } };
  },
});

export const deleteInterviewAnswerAction = buttonAction({
  name: "deleteInterviewAnswerAction",
  ids: ["answerId"],
  revalidate: ["/interview-answers"],
  run: ({ user, ids }) => deleteInterviewAnswer(user, ids.answerId),
});
