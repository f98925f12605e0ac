"use server";

import { redirect } from "next/navigation";
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
  redirect("/check-email?for=sign-up");
}
