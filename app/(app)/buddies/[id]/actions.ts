"use server";

// A buddy pairing's page: the agreement both people edit, comments and cheers on check-ins,
// and ending the pairing. addCommentAction also serves the owner's replies on their own goal
// page (components/buddies/check-in-thread.tsx), so it refreshes both kinds of page.
import { revalidatePath } from "next/cache";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { CommentSchema, PairingRulesSchema } from "@/lib/buddies/schemas";
import { endPairing, updatePairingRules } from "@/lib/buddies/pairings";
import { addCheer, addComment } from "@/lib/buddies/comments";
import { errorState, formValues, parseForm, type FormState } from "@/lib/validation/form-state";

const IdSchema = z.uuid();

/** A form's id field, or a 404. */
function idField(formData: FormData, name: string): string {
  const parsed = IdSchema.safeParse(formData.get(name));
  if (!parsed.success) notFound();
  return parsed.data;
}

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** Not the user's fault: logged with context, answered kindly, what they typed kept. */
function unexpected(action: string, error: unknown, context: Record<string, string>, formData: FormData): FormState {
  unstable_rethrow(error);
  console.error(`${action} failed`, { ...context, error });
  return errorState("That could not be saved just now. Please try again in a moment.", formValues(formData));
}

/** A thread shows on the buddy's page and on the owner's goal page; the form cannot be trusted to say which. */
function refreshThreads() {
  revalidatePath("/buddies/[id]", "page");
  revalidatePath("/goals/[id]", "page");
  revalidatePath("/notifications");
}

export async function updateRulesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const pairingId = idField(formData, "pairingId");
  const form = parseForm(PairingRulesSchema, formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(updatePairingRules(user, pairingId, form.data));
  } catch (error) {
    return unexpected("updateRulesAction", error, { userId: user.id, pairingId }, formData);
  }
  revalidatePath(`/buddies/${pairingId}`);
  revalidatePath("/buddies");
  return { status: "success", message: "Agreement saved. Your buddy will see the change." };
}

export async function addCommentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const checkInId = idField(formData, "checkInId");
  const form = parseForm(CommentSchema, formData);
  if (!form.ok) return form.state;
  try {
    await orNotFound(addComment(user, checkInId, form.data));
  } catch (error) {
    return unexpected("addCommentAction", error, { userId: user.id, checkInId }, formData);
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
