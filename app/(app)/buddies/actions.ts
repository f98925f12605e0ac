"use server";

// The buddies page: inviting someone, managing the invitations you sent, answering the ones
// you received, and choosing which goals your buddies see. Each action authenticates, validates
// ids (a malformed or foreign id is a 404), parses the form, makes one lib/ call and refreshes.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { InviteBuddySchema, SharedGoalsSchema } from "@/lib/buddies/schemas";
import { inviteBuddy, resendInvite, revokeInvite } from "@/lib/buddies/invite-buddy";
import { acceptInvite, declineInvite } from "@/lib/buddies/answer-invite";
import { setSharedGoals } from "@/lib/buddies/pairings";
import { errorState, parseForm, type FormState } from "@/lib/validation/form-state";
import { idField, orNotFound } from "@/lib/validation/action-helpers";
import { describeAcceptRefusal, describeInviteRefusal } from "@/components/buddies/invite-messages";




function refreshBuddies() {
  revalidatePath("/buddies");
}

export async function inviteBuddyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(InviteBuddySchema, formData);
  if (!form.ok) return form.state;
  const result = await inviteBuddy(user, form.data);
  if (!result.ok) {
    return errorState("The invitation was not sent.", { email: form.data.email, message: form.data.message }, { email: [describeInviteRefusal(result, form.data.email)] });
  }
  refreshBuddies();
  return { status: "success", message: `Invitation sent to ${form.data.email}.` };
}

const SentInviteIntentSchema = z.object({ intent: z.enum(["resend", "revoke"]) });

/** Resend or withdraw one of your invitations (two buttons of one small form). */
export async function manageSentInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const inviteId = idField(formData, "inviteId");
  const form = parseForm(SentInviteIntentSchema, formData);
  if (!form.ok) notFound();
  if (form.data.intent === "revoke") {
    await orNotFound(revokeInvite(user, inviteId));
    refreshBuddies();
    return { status: "success", message: "Invitation withdrawn. Its link no longer works." };
  }
  const result = await orNotFound(resendInvite(user, inviteId));
  if (!result.ok) return errorState(describeInviteRefusal(result, "this person"));
  refreshBuddies();
  return { status: "success", message: "Sent again, with a fresh link that works for 7 days." };
}

const AnswerSchema = z.object({ decision: z.enum(["accept", "decline"]) });

/** Accept or decline an invitation addressed to you, by its id. */
export async function answerInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const inviteId = idField(formData, "inviteId");
  const form = parseForm(AnswerSchema, formData);
  if (!form.ok) notFound();
  if (form.data.decision === "decline") {
    const declined = await declineInvite(user, { inviteId });
    refreshBuddies();
    return declined ? { status: "success", message: "Invitation declined." } : errorState(describeAcceptRefusal({ ok: false, reason: "invalid" }));
  }
  const result = await acceptInvite(user, { inviteId });
  if (!result.ok) {
    refreshBuddies();
    return errorState(describeAcceptRefusal(result));
  }
  refreshBuddies();
  redirect(`/buddies/${result.pairingId}?welcome=1`);
}

export async function setSharedGoalsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  // Not parseForm: it keeps one value per name, and every ticked checkbox shares this one.
  const parsed = SharedGoalsSchema.safeParse({ sharedGoalIds: formData.getAll("sharedGoalIds") });
  if (!parsed.success) return errorState("Some of those goals are not yours. Reload the page and try again.");
  await setSharedGoals(user, parsed.data.sharedGoalIds);
  refreshBuddies();
  revalidatePath("/goals", "layout");
  revalidatePath("/dashboard");
  const count = parsed.data.sharedGoalIds.length;
  return { status: "success", message: count === 0 ? "Saved. All your goals are private." : `Saved. Your buddies see ${count === 1 ? "1 goal" : `${count} goals`}.` };
}
