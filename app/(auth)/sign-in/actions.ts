"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { parseSignInRefusal } from "@/lib/auth/sign-in-refusal";
import { safeNextPath } from "@/lib/auth/safe-next";
import { EmailOnlySchema, SignInSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { requestMagicLink } from "@/lib/account/magic-link";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState, parseForm, type FormState } from "@/lib/validation/form-state";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(SignInSchema, formData, ["password"]);
  if (!form.ok) return form.state;
  const values = { email: form.data.email };
  try {
    await signIn("password", { email: form.data.email, password: form.data.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const { reason, retryAfterSeconds } = parseSignInRefusal(error instanceof CredentialsSignin ? error.code : undefined);
    if (reason === "rate_limited") return errorState(describeRetryAfter(retryAfterSeconds ?? 60), values);
    if (reason === "email_unverified") {
      return errorState("Please confirm your email address first. We have sent you a new confirmation link.", values);
    }
    return errorState("That email and password do not match an account. Check them, or reset your password.", values);
  }
  redirect(safeNextPath(formData.get("next")) ?? "/dashboard");
}

export async function requestMagicLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const form = parseForm(EmailOnlySchema, formData);
  if (!form.ok) return form.state;
  const result = await requestMagicLink(form.data.email, await currentRequestContext());
  if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { email: form.data.email });
  redirect("/check-email?for=magic-link");
}
