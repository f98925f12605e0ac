"use server";

import { publicFormAction, redirectTo } from "@/lib/actions/action-client";
import { SignUpSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/account/sign-up";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState } from "@/lib/validation/form-state";
import { safeNextPath } from "@/lib/auth/safe-next";

export const signUpAction = publicFormAction({
  name: "signUpAction",
  schema: SignUpSchema,
  keepOut: ["password"],
  run: async ({ input, formData }) => {
    const next = safeNextPath(formData.get("next"));
    const result = await signUp(input, await currentRequestContext(), { next });
    if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { name: input.name, email: input.email });
    return redirectTo("/check-email?for=sign-up");
  },
});
