// Every kind of ledger email and every planner, registered once.
import { registerBatchRenderer, registerRenderer } from "./renderers";
import { registerPlanner } from "./planners";
import { BUDDY_ACTIVITY_KIND, renderBuddyActivity } from "@/lib/buddies/activity-email";
import { BUDDY_ACHIEVEMENT_KIND, CELEBRATION_INVITE_KIND } from "@/lib/buddies/achievement-kinds";
import { renderBuddyAchievement, renderCelebrationInvite } from "@/lib/buddies/achievement-emails";
import { BUDDY_CHECK_IN_KIND, BUDDY_DEADLINE_KIND, GOAL_REMINDER_KIND, STEP_CUE_KIND, STEP_REMINDER_KIND, WEEKLY_DIGEST_KIND } from "./kinds";
import { renderGoalReminders, renderStepCueReminders, renderStepReminders } from "./deadline-email";
import { planStepCueReminders } from "./step-cue-planner";
import { renderWeeklyDigest } from "./digest-email";
import { renderBuddyCheckInNudge, renderBuddyDeadlineNudge } from "./buddy-nudge-email";
import { planDeadlineReminderDeliveries } from "./deadline-planner";
import { planWeeklyDigestDeliveries } from "./digest-planner";
import { planBuddyCheckInNudges, planBuddyDeadlineNudges } from "./buddy-nudge-planner";
import { COMPOSED_EMAIL_KINDS, renderComposedEmails } from "./composed-email-payload";
import "@/lib/reviews/register-review-emails";

registerRenderer(BUDDY_ACTIVITY_KIND, renderBuddyActivity);
registerRenderer(BUDDY_ACHIEVEMENT_KIND, renderBuddyAchievement);
registerRenderer(CELEBRATION_INVITE_KIND, renderCelebrationInvite);
registerBatchRenderer(GOAL_REMINDER_KIND, renderGoalReminders);
registerBatchRenderer(STEP_REMINDER_KIND, renderStepReminders);
registerBatchRenderer(STEP_CUE_KIND, renderStepCueReminders);
registerRenderer(WEEKLY_DIGEST_KIND, renderWeeklyDigest);
registerRenderer(BUDDY_DEADLINE_KIND, renderBuddyDeadlineNudge);
registerRenderer(BUDDY_CHECK_IN_KIND, renderBuddyCheckInNudge);
for (const kind of COMPOSED_EMAIL_KINDS) registerBatchRenderer(kind, renderComposedEmails);

registerPlanner("deadline-reminders", planDeadlineReminderDeliveries);
registerPlanner("weekly-digest", planWeeklyDigestDeliveries);
registerPlanner("step-cue-reminders", planStepCueReminders);
registerPlanner("buddy-deadline-nudges", planBuddyDeadlineNudges);
registerPlanner("buddy-check-in-nudges", planBuddyCheckInNudges);
