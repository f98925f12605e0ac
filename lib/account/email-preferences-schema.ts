// Validation of the email settings form (the choices it offers are in email-preference-choices.ts).
import { z } from "zod";
import { DEADLINE_EMAIL_MODES, REMINDER_OFFSET_CHOICES } from "./email-preference-choices";

/** An HTML checkbox: "on" when ticked, absent when not. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const EmailPreferencesSchema = z
  .object({
    deadlineMode: z.enum(DEADLINE_EMAIL_MODES, { error: "Choose how deadline reminders reach you." }),
    offsets: z
      .array(
        z.coerce
          .number()
          .int()
          .refine((days) => (REMINDER_OFFSET_CHOICES as readonly number[]).includes(days), "Choose from the listed days."),
      )
      .max(REMINDER_OFFSET_CHOICES.length),
    reminderHour: z.coerce.number({ error: "Choose an hour." }).int().min(0, "Choose an hour.").max(23, "Choose an hour."),
    overdueReminders: checkbox,
    buddyNudges: checkbox,
    buddyActivityEmails: checkbox,
    buddyAchievementEmails: checkbox,
    weeklyReportEmails: checkbox,
    reviewReminders: checkbox,
  })
  .refine((input) => input.deadlineMode !== "each" || input.offsets.length > 0, {
    path: ["offsets"],
    message: "Choose at least one day, or turn deadline reminders off.",
  });

export type EmailPreferencesInput = z.infer<typeof EmailPreferencesSchema>;
