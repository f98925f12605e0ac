// Every kind of ledger email and every planner, registered once.
import { registerRenderer } from "./renderers";
import { registerPlanner } from "./planners";
import { BUDDY_ACTIVITY_KIND, renderBuddyActivity } from "@/lib/buddies/activity-email";
import { GOAL_REMINDER_KIND, STEP_REMINDER_KIND } from "./kinds";
import { renderGoalReminder, renderStepReminder } from "./deadline-email";
import { planDeadlineReminderDeliveries } from "./deadline-planner";

registerRenderer(BUDDY_ACTIVITY_KIND, renderBuddyActivity);
registerRenderer(GOAL_REMINDER_KIND, renderGoalReminder);
registerRenderer(STEP_REMINDER_KIND, renderStepReminder);

registerPlanner("deadline-reminders", planDeadlineReminderDeliveries);
