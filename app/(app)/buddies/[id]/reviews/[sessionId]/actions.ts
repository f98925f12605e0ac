"use server";

// The live review session: saving a decision or the shared notes returns the typed outcome
// (saved, or a conflict carrying what the buddy saved) to the client component, which keeps
// the person's own text either way. Closing completes the session for both.
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { ReviewDecisionSchema, ReviewNotesSchema } from "@/lib/reviews/schemas";
import { saveReviewDecision } from "@/lib/reviews/save-decision";
import { saveReviewNotes } from "@/lib/reviews/save-notes";
import type { DecisionActionResult, NotesActionResult } from "@/lib/reviews/action-results";
import { closeReviewSession } from "@/lib/reviews/close-review";
import { idField, orNotFound } from "@/lib/validation/action-helpers";
import type { FieldErrors } from "@/lib/validation/form-state";

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[issue.path.length ? String(issue.path[0]) : "_form"] ??= []).push(issue.message);
  return fieldErrors;
}

function refreshGoals() {
  revalidatePath("/goals/[id]", "page");
  revalidatePath("/goals");
  revalidatePath("/dashboard");
}

export async function saveDecisionAction(formData: FormData): Promise<DecisionActionResult> {
  const user = await requireUser();
  const sessionId = idField(formData, "sessionId");
  const parsed = ReviewDecisionSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const result = await orNotFound(saveReviewDecision(user, sessionId, parsed.data));
    if (result.ok) refreshGoals();
    return result;
  } catch (error) {
    // notFound() and Next's other control flow pass through.
    unstable_rethrow(error);
    console.error("saveDecisionAction failed", { userId: user.id, sessionId, error });
    return { ok: false, reason: "failed" };
  }
}

export async function saveNotesAction(formData: FormData): Promise<NotesActionResult> {
  const user = await requireUser();
  const sessionId = idField(formData, "sessionId");
  const parsed = ReviewNotesSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return await orNotFound(saveReviewNotes(user, sessionId, parsed.data));
  } catch (error) {
    unstable_rethrow(error);
    console.error("saveNotesAction failed", { userId: user.id, sessionId, error });
    return { ok: false, reason: "failed" };
  }
}

export async function closeReviewAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const sessionId = idField(formData, "sessionId");
  // Only the confirmation's button closes: a stray or replayed POST without it changes nothing.
  if (formData.get("confirm") !== "yes") redirect(`/buddies/${pairingId}/reviews/${sessionId}`);
  await orNotFound(closeReviewSession(user, sessionId));
  refreshGoals();
  revalidatePath(`/buddies/${pairingId}`);
  redirect(`/buddies/${pairingId}/reviews/${sessionId}?closed=1`);
}
