// The email layer's public surface: sending, the message templates, and the development outbox.
export { sendEmail, InvalidEmailError, type EmailMessage, type EmailAttachment, type SendEmailOptions } from "./send-email";
export { createEmailTransport, closeEmailTransport, type EmailTransport, type EmailTransportEnv } from "./transport";
export {
  isOutboxEnabled,
  isOutboxMessageId,
  listOutboxMessages,
  listOutboxPage,
  readOutboxMessage,
  OUTBOX_DEFAULT_LIMIT,
  type OutboxEnv,
  type OutboxMessage,
  type OutboxMessageSummary,
} from "./outbox";
export { escapeHtml } from "./escape-html";
export { renderEmailLayout, type EmailAction, type EmailLayoutInput, type RenderedEmail } from "./layout";
export type { EmailContent } from "./templates/email-content";
export { verifyEmailMessage } from "./templates/verify-email";
export { magicLinkMessage } from "./templates/magic-link";
export { passwordResetMessage } from "./templates/password-reset";
export { signUpAttemptMessage } from "./templates/sign-up-attempt";
export { passwordChangedMessage } from "./templates/password-changed";
export { buddyInviteMessage } from "./templates/buddy-invite";
export { buddyPairingEndedMessage } from "./templates/buddy-pairing-ended";
export { webhookPausedMessage } from "./templates/webhook-paused";
export { buddyAchievementMessage, celebrationInviteMessage } from "./templates/buddy-achievement";
export { buddyActivityMessage, type ActivityItem } from "./templates/buddy-activity";
export { deadlineReminderMessage, type DeadlineReminderInput } from "./templates/deadline-reminder";
export { weeklyDigestMessage, type DigestItem, type WeeklyDigestInput } from "./templates/weekly-digest";
export { buddyDeadlineNudgeMessage, buddyCheckInNudgeMessage } from "./templates/buddy-nudge";
export { weeklyReportReadyMessage, weeklyReportSentMessage, pairingHealthMessage } from "./templates/weekly-report";
export { reviewInviteMessage, reviewTimeProposedMessage, reviewCancelledMessage, reviewReminderMessage, reviewSummaryMessage, type SummaryDecision } from "./templates/review-session";
