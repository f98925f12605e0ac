// The kinds of scheduled email a person can turn off, each backed by one preference column.
// Account emails, buddy invitations and review-session invitations are not listed: they are
// answers to something the person (or their buddy, with them) just did.
export const EMAIL_CATEGORIES = {
  deadline: { column: "deadlineRemindersEnabled", label: "deadline reminders" },
  overdue: { column: "overdueRemindersEnabled", label: "overdue nudges" },
  // The digest is a way of receiving deadline reminders, so stopping it stops them: switching
  // back to one email per reminder would answer "stop" with more email.
  digest: { column: "deadlineRemindersEnabled", label: "the weekly digest" },
  "buddy-nudges": { column: "buddyNudgesEnabled", label: "buddy nudges" },
  "buddy-activity": { column: "buddyActivityEmailsEnabled", label: "emails about your buddies’ comments and cheers" },
  "buddy-achievements": { column: "buddyAchievementEmailsEnabled", label: "emails when your buddies reach a goal" },
  "weekly-reports": { column: "weeklyReportEmailsEnabled", label: "weekly report emails" },
  "review-reminders": { column: "reviewRemindersEnabled", label: "review session reminders" },
} as const;

export type EmailCategory = keyof typeof EMAIL_CATEGORIES;
export type PreferenceColumn = (typeof EMAIL_CATEGORIES)[EmailCategory]["column"];

export function isEmailCategory(value: string): value is EmailCategory {
  return Object.hasOwn(EMAIL_CATEGORIES, value);
}
