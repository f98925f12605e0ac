// What the email settings offer. Shared by the form (to draw it) and the schema (to accept it,
// email-preferences-schema.ts). No zod here: the form is a client component, and zod in the
// browser probes for eval, which the Content-Security-Policy refuses.

/** Days before a deadline a reminder can be sent on; 0 is the day itself. The planner looks at most 60 days ahead. */
export const REMINDER_OFFSET_CHOICES = [30, 14, 7, 3, 2, 1, 0] as const;

export const DEADLINE_EMAIL_MODES = ["each", "digest", "off"] as const;
export type DeadlineEmailMode = (typeof DEADLINE_EMAIL_MODES)[number];

export type EmailPreferences = {
  deadlineMode: DeadlineEmailMode;
  offsets: number[];
  reminderHour: number;
  overdueReminders: boolean;
  buddyNudges: boolean;
  buddyActivityEmails: boolean;
  buddyAchievementEmails: boolean;
  weeklyReportEmails: boolean;
  reviewReminders: boolean;
};
