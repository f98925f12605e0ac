"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { EmailPreferencesSchema } from "@/lib/account/email-preferences-schema";
import { updateEmailPreferences } from "@/lib/account/email-preferences";
import { formValues, type FieldErrors, type FormState } from "@/lib/validation/form-state";

export async function updateEmailPreferencesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  // Checkboxes of one name arrive as several values; parseForm keeps one per field, so read them all here.
  const result = EmailPreferencesSchema.safeParse({ ...Object.fromEntries(formData.entries()), offsets: formData.getAll("offsets") });
  if (!result.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of result.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values: { ...formValues(formData), offsets: formData.getAll("offsets").join(",") } };
  }
  await updateEmailPreferences(user, result.data);
  revalidatePath("/settings");
  return { status: "success", message: "Email settings saved. They apply from the next reminder." };
}
