// What the email settings offer. Shared by the form (to draw it) and the schema (to accept it).
import { z } from "zod";

/** Days before a deadline a reminder can be sent on; 0 is the day itself. The planner looks at most 60 days ahead. */
export const REMINDER_OFFSET_CHOICES = [30, 14, 7, 3, 2, 1, 0] as const;

export const DEADLINE_EMAIL_MODES = ["each", "digest", "off"] as const;
export type DeadlineEmailMode = (typeof DEADLINE_EMAIL_MODES)[number];

/** An HTML checkbox: "on" when ticked, absent when not. */
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const EmailPreferencesSchema = z
  .object({
    deadlineMode: z.enum(DEADLINE_EMAIL_MODES, { error: "Choose how deadline reminders reach you." }),
    offsets: z
      .array(z.coerce.number().int().refine((days) => (REMINDER_OFFSET_CHOICES as readonly number[]).includes(days), "Choose from the listed days."))
      .max(REMINDER_OFFSET_CHOICES.length),
    reminderHour: z.coerce.number({ error: "Choose an hour." }).int().min(0, "Choose an hour.").max(23, "Choose an hour."),
    overdueReminders: checkbox,
    buddyNudges: checkbox,
    buddyActivityEmails: checkbox,
    buddyAchievementEmails: checkbox,
    reviewReminders: checkbox,
  })
  .refine((input) => input.deadlineMode !== "each" || input.offsets.length > 0, {
    path: ["offsets"],
    message: "Choose at least one day, or turn deadline reminders off.",
  });

export type EmailPreferencesInput = z.infer<typeof EmailPreferencesSchema>;

export type EmailPreferences = {
  deadlineMode: DeadlineEmailMode;
  offsets: number[];
  reminderHour: number;
  overdueReminders: boolean;
  buddyNudges: boolean;
  buddyActivityEmails: boolean;
  buddyAchievementEmails: boolean;
  reviewReminders: boolean;
};
