"use server";

// A buddy pairing's page: the agreement both people edit, comments and cheers on check-ins,
// and ending the pairing. addCommentAction also serves the owner's replies on their own goal
// page (components/buddies/check-in-thread.tsx), so it refreshes both kinds of page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { CommentSchema, CongratulationSchema, PairingRulesSchema } from "@/lib/buddies/schemas";
import { congratulateAchievement } from "@/lib/buddies/achievement-news";
import { acceptPairingRules, endPairing, StaleRulesError, updatePairingRules } from "@/lib/buddies/pairings";
import { addCheer, addComment } from "@/lib/buddies/comments";
import { LimitReachedError } from "@/lib/errors";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";
import { idField, orNotFound, unexpectedFailure } from "@/lib/validation/action-helpers";





/** A thread shows on the buddy's page and on the owner's goal page; the form cannot be trusted to say which. */
function refreshThreads() {
  revalidatePath("/buddies/[id]", "page");
  revalidatePath("/goals/[id]", "page");
  revalidatePath("/notifications");
}

const RULES_MESSAGES = {
  proposed: "Proposed. Your buddy is asked to accept it or propose a change.",
  unchanged: "Nothing changed, so your buddy was not told.",
  accepted: "Accepted. Your buddy is asked to accept it too.",
  agreed: "Accepted: you have both agreed.",
  "already-accepted": "You had already accepted this agreement.",
} as const;

export async function updateRulesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const form = parseForm(PairingRulesSchema, formData);
  if (!form.ok) return form.state;
  let outcome: keyof typeof RULES_MESSAGES;
  try {
    outcome = await orNotFound(updatePairingRules(user, pairingId, form.data));
  } catch (error) {
    return unexpectedFailure("updateRulesAction", error, { userId: user.id, pairingId }, formData);
  }
  revalidatePath(`/buddies/${pairingId}`);
  revalidatePath("/buddies");
  return { status: "success", message: RULES_MESSAGES[outcome] };
}

export async function acceptRulesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const version = String(formData.get("version") ?? "");
  let outcome: keyof typeof RULES_MESSAGES;
  try {
    outcome = await orNotFound(acceptPairingRules(user, pairingId, version));
  } catch (error) {
    if (error instanceof StaleRulesError) {
      revalidatePath(`/buddies/${pairingId}`);
      return errorState(error.message);
    }
    return unexpectedFailure("acceptRulesAction", error, { userId: user.id, pairingId }, formData);
  }
  revalidatePath(`/buddies/${pairingId}`);
  revalidatePath("/buddies");
  revalidatePath("/dashboard");
  return { status: "success", message: RULES_MESSAGES[outcome] };
}

export async function addCommentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const checkInId = idField(formData, "checkInId");
  const form = parseForm(CommentSchema, formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(addComment(user, checkInId, form.data));
  } catch (error) {
    if (error instanceof LimitReachedError) return errorState(error.message, formValues(formData), { [error.field]: [error.message] });
    return unexpectedFailure("addCommentAction", error, { userId: user.id, checkInId }, formData);
  }
  refreshThreads();
  return { status: "success", message: "Posted." };
}

export async function addCheerAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const checkInId = idField(formData, "checkInId");
  await orNotFound(addCheer(user, checkInId));
  refreshThreads();
}

export async function endPairingAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  await orNotFound(endPairing(user, pairingId));
  revalidatePath("/buddies", "layout");
  redirect("/buddies?ended=1");
}

/** A short congratulation on an achievement the buddy was told about. */
export async function congratulateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(CongratulationSchema, formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(congratulateAchievement(user, form.data.goalId, { kind: "COMMENT", body: form.data.body }));
  } catch (error) {
    if (error instanceof LimitReachedError) return errorState(error.message, formValues(formData), { [error.field]: [error.message] });
    return unexpectedFailure("congratulateAction", error, { userId: user.id, goalId: form.data.goalId }, formData);
  }
  revalidatePath("/buddies/[id]", "page");
  return { status: "success", message: "Sent. They will see it next to the achievement." };
}

export async function cheerAchievementAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const goalId = idField(formData, "goalId");
  await orNotFound(congratulateAchievement(user, goalId, { kind: "CHEER" }));
  revalidatePath("/buddies/[id]", "page");
}
