"use server";

// The invitation page's buttons. The page is open to signed-out people, so these actions send
// anyone not signed in to sign in and come back, instead of a bare /sign-in.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { acceptInvite, declineInvite } from "@/lib/buddies/answer-invite";
import { errorState, parseForm, type FormState } from "@/lib/validation/form-state";
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

export async function answerInviteByTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  const token = tokenField(formData);
  const user = await requireUserFor(token);
  const form = parseForm(AnswerSchema, formData);
  if (!form.ok) notFound();
  if (form.data.decision === "decline") {
    const declined = await declineInvite(user, { token });
    if (!declined) return errorState(describeAcceptRefusal({ ok: false, reason: "invalid" }));
    revalidatePath("/buddies");
    // The page now shows the invitation as declined.
    redirect(invitePath(token));
  }
  const result = await acceptInvite(user, { token });
  if (!result.ok) return errorState(describeAcceptRefusal(result));
  revalidatePath("/buddies");
  redirect(`/buddies/${result.pairingId}?welcome=1`);
}

/** Signed in with another address: sign out and come back to sign in with the invited one. */
export async function signOutForInviteAction(formData: FormData): Promise<void> {
  const token = tokenField(formData);
  await signOut({ redirectTo: `/sign-in?next=${encodeURIComponent(invitePath(token))}` });
}
