// Every review-session email kind and the reminder planner, registered once (imported by
// lib/reminders/register-renderers.ts).
import { registerRenderer } from "@/lib/reminders/renderers";
import { registerPlanner } from "@/lib/reminders/planners";
import { renderReviewCancel, renderReviewInvite, REVIEW_CANCEL_KIND, REVIEW_INVITE_KIND } from "./invite-emails";
import { renderReviewTimeProposal, REVIEW_PROPOSAL_KIND } from "./proposal-email";
import { planReviewReminders, renderReviewReminder, REVIEW_REMINDER_KIND } from "./reminders";
import { renderReviewSummary, REVIEW_SUMMARY_KIND } from "./summary-email";

registerRenderer(REVIEW_INVITE_KIND, renderReviewInvite);
registerRenderer(REVIEW_CANCEL_KIND, renderReviewCancel);
registerRenderer(REVIEW_PROPOSAL_KIND, renderReviewTimeProposal);
registerRenderer(REVIEW_SUMMARY_KIND, renderReviewSummary);
registerRenderer(REVIEW_REMINDER_KIND, renderReviewReminder);
registerPlanner("review-reminders", planReviewReminders);
