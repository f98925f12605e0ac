"use server";

// Review sessions on a pairing's page: schedule (a chosen time or the suggested slot),
// reschedule and cancel; answer a booked time by proposing another, and confirm a proposed one. A refusal (a time already past, a review already booked) is an AppError
// the action client shows on the form, keeping what was typed; success leaves the form (the
// section now shows the booked session) for the page with a notice.
import { buttonAction, formAction, redirectTo } from "@/lib/actions/action-client";
import { ConfirmProposedTimeSchema, ScheduleReviewSchema, type ScheduleReviewInput } from "@/lib/reviews/schemas";
import type { SessionUser } from "@/lib/auth/session-user";
import { confirmProposedReviewTime, proposeReviewTime } from "@/lib/reviews/propose-time";
import { cancelReviewSession, rescheduleReviewSession, scheduleReviewSession, scheduleSuggestedReview, type ScheduleResult } from "@/lib/reviews/schedule-review";
import { errorState, formValues } from "@/lib/validation/form-state";
import type { ScheduleFormState } from "@/components/reviews/schedule-review-form";

const reviewPages = ({ ids }: { ids: { pairingId: string } }) => [`/buddies/${ids.pairingId}`, ["/buddies/[id]/reviews/[sessionId]", "page"] as const];
type ReviewNotice = "scheduled" | "moved" | "cancelled" | "proposed" | "confirmed";
const backToReviews = (pairingId: string, notice: ReviewNotice) => redirectTo(`/buddies/${pairingId}?review=${notice}#reviews-heading`);

/** Booked: back to the section. A time outside civil hours for either person: the warning, what was typed kept, and a "book it anyway" choice. */
function answerTo(result: ScheduleResult, formData: FormData, pairingId: string, notice: ReviewNotice) {
  if (result.ok) return backToReviews(pairingId, notice);
  const warning: ScheduleFormState = { ...errorState(result.message, formValues(formData)), confirmOutsideHours: true };
  return warning;
}

/** A time typed for a booked session: moving it, or proposing another to the buddy. */
function sessionTimeAction(name: string, book: (user: SessionUser, sessionId: string, input: ScheduleReviewInput) => Promise<ScheduleResult>, notice: ReviewNotice) {
  return formAction({
    name,
    ids: ["pairingId", "sessionId"],
    schema: ScheduleReviewSchema,
    revalidate: reviewPages,
    run: async ({ user, ids, input, formData }) => answerTo(await book(user, ids.sessionId, input), formData, ids.pairingId, notice),
  });
}

export const scheduleReviewAction = formAction({
  name: "scheduleReviewAction",
  ids: ["pairingId"],
  schema: ScheduleReviewSchema,
  revalidate: reviewPages,
  run: async ({ user, ids, input, formData }) => {
    return answerTo(await scheduleReviewSession(user, ids.pairingId, input), formData, ids.pairingId, "scheduled");
  },
});

export const scheduleSuggestedReviewAction = formAction({
  name: "scheduleSuggestedReviewAction",
  ids: ["pairingId"],
  revalidate: reviewPages,
  run: async ({ user, ids, formData }) => {
    return answerTo(await scheduleSuggestedReview(user, ids.pairingId), formData, ids.pairingId, "scheduled");
  },
});

export const rescheduleReviewAction = sessionTimeAction("rescheduleReviewAction", rescheduleReviewSession, "moved");

export const cancelReviewAction = buttonAction({
  name: "cancelReviewAction",
  ids: ["pairingId", "sessionId"],
  revalidate: reviewPages,
  run: async ({ user, ids }) => {
    await cancelReviewSession(user, ids.sessionId);
    return backToReviews(ids.pairingId, "cancelled");
  },
});

export const proposeReviewTimeAction = sessionTimeAction("proposeReviewTimeAction", proposeReviewTime, "proposed");

export const confirmReviewTimeAction = formAction({
  name: "confirmReviewTimeAction",
  ids: ["pairingId", "sessionId"],
  schema: ConfirmProposedTimeSchema,
  revalidate: reviewPages,
  run: async ({ user, ids, input }) => {
    await confirmProposedReviewTime(user, ids.sessionId, input.proposal);
    return backToReviews(ids.pairingId, "confirmed");
  },
});
