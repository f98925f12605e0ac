"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { publicButtonAction, publicFormAction, redirectTo } from "@/lib/actions/action-client";
import { signIn } from "@/lib/auth/config";
import { parseSignInRefusal } from "@/lib/auth/sign-in-refusal";
import { safeNextPath } from "@/lib/auth/safe-next";
import { EmailOnlySchema, SignInSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { requestMagicLink } from "@/lib/account/magic-link";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState } from "@/lib/validation/form-state";
import { OIDC_PROVIDER_ID } from "@/lib/oidc/oidc-settings";
import { rememberSignUpTimeZone } from "@/lib/oidc/sign-up-time-zone";

export const signInAction = publicFormAction({
  name: "signInAction",
  schema: SignInSchema,
  keepOut: ["password"],
  run: async ({ input, formData }) => {
    const values = { email: input.email };
    try {
      await signIn("password", { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const { reason, retryAfterSeconds } = parseSignInRefusal(error instanceof CredentialsSignin ? error.code : undefined);
      if (reason === "rate_limited") return errorState(describeRetryAfter(retryAfterSeconds ?? 60), values);
      if (reason === "email_unverified") return errorState("Please confirm your email address first. We have sent you a new confirmation link.", values);
      return errorState("That email and password do not match an account. Check them, or reset your password.", values);
    }
    return redirectTo(safeNextPath(formData.get("next")) ?? "/dashboard");
  },
});

export const requestMagicLinkAction = publicFormAction({
  name: "requestMagicLinkAction",
  schema: EmailOnlySchema,
  run: async ({ input }) => {
    const result = await requestMagicLink(input.email, await currentRequestContext());
    if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { email: input.email });
    return redirectTo("/check-email?for=magic-link");
  },
});

/** Off to the operator's OpenID provider; next-auth's callback brings the person back. */
export const oidcSignInAction = publicButtonAction({
  name: "oidcSignInAction",
  run: async ({ formData }) => {
    await rememberSignUpTimeZone(formData.get("timeZone"));
    // signIn throws Next's redirect to the provider, which the action client passes on.
    await signIn(OIDC_PROVIDER_ID, { redirectTo: safeNextPath(formData.get("next")) ?? "/dashboard" });
    return redirectTo("/sign-in");
  },
});
