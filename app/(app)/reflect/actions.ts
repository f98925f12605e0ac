"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { ReflectionAnswerSchema } from "@/lib/reflections/schemas";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { parseForm, type FormState } from "@/lib/validation/form-state";

export async function saveReflectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(ReflectionAnswerSchema, formData);
  if (!form.ok) return form.state;
  const saved = await saveReflection(user, form.data);
  revalidatePath("/reflect");
  return { status: "success", message: saved ? "Saved." : "Answer cleared.", values: form.data };
}
