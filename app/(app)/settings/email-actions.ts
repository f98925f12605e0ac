"use server";

import { formAction } from "@/lib/actions/action-client";
import { EmailPreferencesSchema } from "@/lib/account/email-preferences-schema";
import { updateEmailPreferences } from "@/lib/account/email-preferences";

export const updateEmailPreferencesAction = formAction({
  name: "updateEmailPreferencesAction",
  schema: EmailPreferencesSchema,
  lists: ["offsets"],
  revalidate: ["/settings"],
  run: async ({ user, input }) => {
    await updateEmailPreferences(user, input);
    return { status: "success", message: "Email settings saved. They apply from the next reminder." };
  },
});
