"use server";

// The buddies page: inviting someone, managing the invitations you sent, answering the ones
// you received, and choosing which goals your buddies see.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, redirectTo } from "@/lib/actions/action-client";
import { InviteBuddySchema, SharedGoalsSchema } from "@/lib/buddies/schemas";
import { inviteBuddy, resendInvite, revokeInvite } from "@/lib/buddies/invite-buddy";
import { acceptInvite, declineInvite } from "@/lib/buddies/answer-invite";
import { setSharedGoals } from "@/lib/buddies/pairings";
import { errorState, type FormState } from "@/lib/validation/form-state";
import { fieldsOrNotFound } from "@/lib/validation/action-helpers";
import { describeAcceptRefusal, describeInviteRefusal } from "@/components/buddies/invite-messages";

const BUDDIES = ["/buddies"];

export const inviteBuddyAction = formAction({
  name: "inviteBuddyAction",
  schema: InviteBuddySchema,
  revalidate: BUDDIES,
  run: async ({ user, input }): Promise<FormState> => {
    const result = await inviteBuddy(user, input);
    if (!result.ok) return errorState("The invitation was not sent.", { email: input.email, message: input.message }, { email: [describeInviteRefusal(result, input.email)] });
    return { status: "success", message: `Invitation sent to ${input.email}.` };
  },
});

// The page writes these choices into its buttons: anything else is a forged form, the 404 page.
const SentInviteIntentSchema = z.object({ intent: z.enum(["resend", "revoke"]) });
const AnswerSchema = z.object({ decision: z.enum(["accept", "decline"]) });

/** Resend or withdraw one of your invitations (two buttons of one small form). */
export const manageSentInviteAction = formAction({
  name: "manageSentInviteAction",
  ids: ["inviteId"],
  revalidate: BUDDIES,
  run: async ({ user, ids, formData }): Promise<FormState> => {
    const { intent } = fieldsOrNotFound(SentInviteIntentSchema, formData);
    if (intent === "revoke") {
      await revokeInvite(user, ids.inviteId);
      return { status: "success", message: "Invitation withdrawn. Its link no longer works." };
    }
    const result = await resendInvite(user, ids.inviteId);
    if (!result.ok) return errorState(describeInviteRefusal(result, "this person"));
    return { status: "success", message: "Sent again, with a fresh link that works for 7 days." };
  },
});

/** Accept or decline an invitation addressed to you, by its id. */
export const answerInviteAction = formAction({
  name: "answerInviteAction",
  ids: ["inviteId"],
  revalidate: BUDDIES,
  run: async ({ user, ids, formData }) => {
    const { decision } = fieldsOrNotFound(AnswerSchema, formData);
    if (decision === "decline") {
      const declined = await declineInvite(user, { inviteId: ids.inviteId });
      return declined ? { status: "success", message: "Invitation declined." } : refreshedRefusal(describeAcceptRefusal({ ok: false, reason: "invalid" }));
    }
    const result = await acceptInvite(user, { inviteId: ids.inviteId });
    if (!result.ok) return refreshedRefusal(describeAcceptRefusal(result));
    return redirectTo(`/buddies/${result.pairingId}?welcome=1`);
  },
});

/** A refusal to answer still refreshes the list: the invitation may have expired or been withdrawn meanwhile. */
function refreshedRefusal(message: string): FormState {
  revalidatePath("/buddies");
  return errorState(message);
}

export const setSharedGoalsAction = formAction({
  name: "setSharedGoalsAction",
  revalidate: ["/buddies", ["/goals", "layout"], "/dashboard"],
  run: async ({ user, formData }): Promise<FormState> => {
    // Read here rather than as the schema: every ticked checkbox shares one name, and a goal id that
    // is not the user's gets this message rather than a field's.
    const parsed = SharedGoalsSchema.safeParse({ sharedGoalIds: formData.getAll("sharedGoalIds") });
    if (!parsed.success) return errorState("Some of those goals are not yours. Reload the page and try again.");
    await setSharedGoals(user, parsed.data.sharedGoalIds);
    const count = parsed.data.sharedGoalIds.length;
    return { status: "success", message: count === 0 ? "Saved. All your goals are private." : `Saved. Your buddies see ${count === 1 ? "1 goal" : `${count} goals`}.` };
  },
});
