"use server";

import { formAction } from "@/lib/actions/action-client";
import { EmailPreferencesSchema } from "@/lib/account/email-preferences-schema";
import { updateEmailPreferences } from "@/lib/account/email-preferences";
import { formValues } from "@/lib/validation/form-state";

export const updateEmailPreferencesAction = formAction({
  name: "updateEmailPreferencesAction",
  schema: EmailPreferencesSchema,
  // The reminder offsets are checkboxes of one name: read them all, and echo them as one list.
  readInput: (formData) => ({ ...Object.fromEntries(formData.entries()), offsets: formData.getAll("offsets") }),
  echo: (formData) => ({ ...formValues(formData), offsets: formData.getAll("offsets").join(",") }),
  revalidate: ["/settings"],
  run: async ({ user, input }) => {
    await updateEmailPreferences(user, input);
    return { status: "success", message: "Email settings saved. They apply from the next reminder." };
  },
});
