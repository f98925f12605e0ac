"use server";

// The invitation page's buttons. The page is open to signed-out people, so these actions send
// anyone not signed in to sign in and come back, instead of a bare /sign-in.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { publicButtonAction, publicFormAction, redirectTo, type RedirectTo } from "@/lib/actions/action-client";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { acceptInvite, declineInvite } from "@/lib/buddies/answer-invite";
import { errorState, type FormState } from "@/lib/validation/form-state";
import { fieldsOrNotFound } from "@/lib/validation/action-helpers";
import { describeAcceptRefusal } from "@/components/buddies/invite-messages";

/** The invitation's token from the form; a malformed one is a 404 (no form of ours sends it). */
function tokenField(formData: FormData): string {
  const parsed = TokenSchema.safeParse(formData.get("token"));
  if (!parsed.success) notFound();
  return parsed.data;
}

const invitePath = (token: string) => `/invites/${token}`;

async function requireUserFor(token: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(invitePath(token))}`);
  return user;
}

const AnswerSchema = z.object({ decision: z.enum(["accept", "decline"]) });

export const answerInviteByTokenAction = publicFormAction({
  name: "answerInviteByTokenAction",
  revalidate: ["/buddies"],
  run: async ({ formData }): Promise<FormState | RedirectTo> => {
    const token = tokenField(formData);
    const user = await requireUserFor(token);
    const { decision } = fieldsOrNotFound(AnswerSchema, formData);
    if (decision === "decline") {
      if (!(await declineInvite(user, { token }))) return errorState(describeAcceptRefusal({ ok: false, reason: "invalid" }));
      // The page now shows the invitation as declined.
      return redirectTo(invitePath(token));
    }
    const result = await acceptInvite(user, { token });
    if (!result.ok) return errorState(describeAcceptRefusal(result));
    return redirectTo(`/buddies/${result.pairingId}?welcome=1`);
  },
});

/** Signed in with another address: sign out and come back to sign in with the invited one. */
export const signOutForInviteAction = publicButtonAction({
  name: "signOutForInviteAction",
  run: async ({ formData }) => {
    const token = tokenField(formData);
    await signOut({ redirectTo: `/sign-in?next=${encodeURIComponent(invitePath(token))}` });
  },
});
