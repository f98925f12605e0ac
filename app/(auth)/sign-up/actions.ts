"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { SignUpSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/account/sign-up";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState, parseForm, type FormState } from "@/lib/validation/form-state";
import { safeNextPath } from "@/lib/auth/safe-next";

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(SignUpSchema, formData, ["password"]);
  if (!form.ok) return form.state;
  const next = safeNextPath(formData.get("next"));
  const result = await signUp(form.data, await currentRequestContext(), { next });
  if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { name: form.data.name, email: form.data.email });
  // Invited to this address: already verified, so sign in and go straight back to the invitation.
  if (result.signInToken) {
    await signIn("magic-link", { token: result.signInToken, redirect: false });
    redirect(next ?? "/dashboard");
  }
  redirect("/check-email?for=sign-up");
}
