// A person's choice of scheduled emails. The planners read these columns on every pass, so a
// change applies from the next pass; nothing queued ahead needs rewriting.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { EmailPreferences } from "./email-preference-choices";
import type { EmailPreferencesInput } from "./email-preferences-schema";

export async function getEmailPreferences(actor: SessionUser): Promise<EmailPreferences> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      deadlineRemindersEnabled: true,
      weeklyDigestEnabled: true,
      reminderOffsetsDays: true,
      reminderHour: true,
      overdueRemindersEnabled: true,
      buddyNudgesEnabled: true,
      buddyActivityEmailsEnabled: true,
      buddyAchievementEmailsEnabled: true,
      weeklyReportEmailsEnabled: true,
      reviewRemindersEnabled: true,
    },
  });
  return {
    deadlineMode: !user.deadlineRemindersEnabled ? "off" : user.weeklyDigestEnabled ? "digest" : "each",
    offsets: [...user.reminderOffsetsDays].sort((a, b) => b - a),
    reminderHour: user.reminderHour,
    overdueReminders: user.overdueRemindersEnabled,
    buddyNudges: user.buddyNudgesEnabled,
    buddyActivityEmails: user.buddyActivityEmailsEnabled,
    buddyAchievementEmails: user.buddyAchievementEmailsEnabled,
    weeklyReportEmails: user.weeklyReportEmailsEnabled,
    reviewReminders: user.reviewRemindersEnabled,
  };
}

export async function updateEmailPreferences(actor: SessionUser, input: EmailPreferencesInput): Promise<void> {
  const db = await getDb();
  await db.user.update({
    where: { id: actor.id },
    data: {
      deadlineRemindersEnabled: input.deadlineMode !== "off",
      weeklyDigestEnabled: input.deadlineMode === "digest",
      // Kept when the mode is digest or off, so switching back restores the person's days.
      ...(input.offsets.length > 0 ? { reminderOffsetsDays: [...new Set(input.offsets)].sort((a, b) => b - a) } : {}),
      reminderHour: input.reminderHour,
      overdueRemindersEnabled: input.overdueReminders,
      buddyNudgesEnabled: input.buddyNudges,
      buddyActivityEmailsEnabled: input.buddyActivityEmails,
      buddyAchievementEmailsEnabled: input.buddyAchievementEmails,
      weeklyReportEmailsEnabled: input.weeklyReportEmails,
      reviewRemindersEnabled: input.reviewReminders,
    },
  });
}
