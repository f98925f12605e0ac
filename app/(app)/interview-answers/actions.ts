"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/validation/action-helpers";
import { deleteInterviewAnswer, saveInterviewAnswer, SaveAnswerSchema } from "@/lib/goals/interview-answer-drafts";
import { LimitReachedError } from "@/lib/errors";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";

export async function saveInterviewAnswerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(SaveAnswerSchema, formData);
  if (!form.ok) return form.state;
  try {
    await saveInterviewAnswer(user, form.data);
  } catch (error) {
    if (error instanceof LimitReachedError) return errorState(error.message, formValues(formData), { [error.field]: [error.message] });
    throw error;
  }
  revalidatePath("/interview-answers");
  return { status: "success", message: "Answer saved.", values: { body: form.data.body } };
}

export async function deleteInterviewAnswerAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  await orNotFound(deleteInterviewAnswer(user, String(formData.get("answerId") ?? "")));
  revalidatePath("/interview-answers");
}
