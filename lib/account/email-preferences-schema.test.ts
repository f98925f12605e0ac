import { describe, expect, it } from "vitest";
import { EmailPreferencesSchema } from "./email-preferences-schema";

const base = { deadlineMode: "each", offsets: ["14", "1"], reminderHour: "9", overdueReminders: "on" };

describe("EmailPreferencesSchema", () => {
  it("reads checkboxes as booleans and offsets as numbers", () => {
    expect(EmailPreferencesSchema.parse(base)).toEqual({ deadlineMode: "each", offsets: [14, 1], reminderHour: 9, overdueReminders: true, buddyNudges: false, buddyActivityEmails: false, buddyAchievementEmails: false, weeklyReportEmails: false, reviewReminders: false });
  });

  it("needs at least one day when reminders come one by one, but not for the digest or off", () => {
    const result = EmailPreferencesSchema.safeParse({ ...base, offsets: [] });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["offsets", "Choose at least one day, or turn deadline reminders off."]]);
    expect(EmailPreferencesSchema.safeParse({ ...base, deadlineMode: "digest", offsets: [] }).success).toBe(true);
  });

  it("refuses days and hours that are not offered", () => {
    expect(EmailPreferencesSchema.safeParse({ ...base, offsets: ["90"] }).success).toBe(false);
    expect(EmailPreferencesSchema.safeParse({ ...base, reminderHour: "24" }).success).toBe(false);
    expect(EmailPreferencesSchema.safeParse({ ...base, deadlineMode: "hourly" }).success).toBe(false);
  });
});
