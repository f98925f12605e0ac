"use server";

import { publicFormAction, redirectTo } from "@/lib/actions/action-client";
import { EmailOnlySchema, ResetPasswordSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { requestPasswordReset, resetPassword } from "@/lib/account/password-reset";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState } from "@/lib/validation/form-state";

export const requestPasswordResetAction = publicFormAction({
  name: "requestPasswordResetAction",
  schema: EmailOnlySchema,
  run: async ({ input }) => {
    const result = await requestPasswordReset(input.email, await currentRequestContext());
    if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { email: input.email });
    return redirectTo("/check-email?for=reset");
  },
});

export const resetPasswordAction = publicFormAction({
  name: "resetPasswordAction",
  schema: ResetPasswordSchema,
  keepOut: ["password", "confirmPassword"],
  run: async ({ input }) => redirectTo((await resetPassword(input.token, input.password)) ? "/sign-in?notice=reset" : "/sign-in?notice=invalid-link"),
});
