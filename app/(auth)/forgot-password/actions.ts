"use server";

import { redirect } from "next/navigation";
import { EmailOnlySchema, ResetPasswordSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { requestPasswordReset, resetPassword } from "@/lib/account/password-reset";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState, parseForm, type FormState } from "@/lib/validation/form-state";

export async function requestPasswordResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(EmailOnlySchema, formData);
  if (!form.ok) return form.state;
  const result = await requestPasswordReset(form.data.email, await currentRequestContext());
  if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { email: form.data.email });
  redirect("/check-email?for=reset");
}

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(ResetPasswordSchema, formData, ["password", "confirmPassword"]);
  if (!form.ok) return form.state;
  if (!(await resetPassword(form.data.token, form.data.password))) redirect("/sign-in?notice=invalid-link");
  redirect("/sign-in?notice=reset");
}
