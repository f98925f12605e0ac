"use server";

// Review sessions on a pairing's page: schedule (a chosen time or the suggested slot),
// reschedule and cancel. Each: authenticate → parse → one lib/reviews call → revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ScheduleReviewSchema } from "@/lib/reviews/schemas";
import { cancelReviewSession, rescheduleReviewSession, scheduleReviewSession, scheduleSuggestedReview, type ScheduleResult } from "@/lib/reviews/schedule-review";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";
import type { ScheduleFormState } from "@/components/reviews/schedule-review-form";
import { idField, orNotFound, unexpectedFailure } from "@/lib/validation/action-helpers";

/** A refusal keeps what was typed; success leaves the form (the section now shows the booked session) with a notice. */
function outcome(result: ScheduleResult, formData: FormData, pairingId: string, notice: "scheduled" | "moved"): ScheduleFormState {
  if (!result.ok) return { ...errorState(result.message, formValues(formData), result.fieldErrors), confirmOutsideHours: result.reason === "outside-hours" };
  redirect(`/buddies/${pairingId}?review=${notice}#reviews-heading`);
}

function refresh(pairingId: string) {
  revalidatePath(`/buddies/${pairingId}`);
  revalidatePath("/buddies/[id]/reviews/[sessionId]", "page");
}

export async function scheduleReviewAction(_state: ScheduleFormState, formData: FormData): Promise<ScheduleFormState> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const form = parseForm(ScheduleReviewSchema, formData);
  if (!form.ok) return form.state;
  let result: ScheduleResult;
  try {
    result = await orNotFound(scheduleReviewSession(user, pairingId, form.data));
  } catch (error) {
    return unexpectedFailure("scheduleReviewAction", error, { userId: user.id, pairingId }, formData);
  }
  if (result.ok) refresh(pairingId);
  return outcome(result, formData, pairingId, "scheduled");
}

export async function scheduleSuggestedReviewAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  let result: ScheduleResult;
  try {
    result = await orNotFound(scheduleSuggestedReview(user, pairingId));
  } catch (error) {
    return unexpectedFailure("scheduleSuggestedReviewAction", error, { userId: user.id, pairingId }, formData);
  }
  if (result.ok) refresh(pairingId);
  return outcome(result, formData, pairingId, "scheduled");
}

export async function rescheduleReviewAction(_state: ScheduleFormState, formData: FormData): Promise<ScheduleFormState> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const sessionId = idField(formData, "sessionId");
  const form = parseForm(ScheduleReviewSchema, formData);
  if (!form.ok) return form.state;
  let result: ScheduleResult;
  try {
    result = await orNotFound(rescheduleReviewSession(user, sessionId, form.data));
  } catch (error) {
    return unexpectedFailure("rescheduleReviewAction", error, { userId: user.id, sessionId }, formData);
  }
  if (result.ok) refresh(pairingId);
  return outcome(result, formData, pairingId, "moved");
}

export async function cancelReviewAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const sessionId = idField(formData, "sessionId");
  await orNotFound(cancelReviewSession(user, sessionId));
  refresh(pairingId);
  redirect(`/buddies/${pairingId}?review=cancelled#reviews-heading`);
}
