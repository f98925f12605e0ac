"use server";

import { cookies } from "next/headers";
import { publicFormAction, redirectTo } from "@/lib/actions/action-client";
import { SIGNED_UP_HERE_COOKIE, SIGNED_UP_HERE_MAX_AGE_SECONDS, signedUpHereProof } from "@/lib/account/signed-up-here";
import { usesSecureCookies } from "@/lib/auth/cookie-policy";
import { getEnv } from "@/lib/config/env";
import { signIn } from "@/lib/auth/config";
import { SignUpSchema } from "@/lib/auth/schemas";
import { describeRetryAfter } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/account/sign-up";
import { currentRequestContext } from "@/lib/account/request-context";
import { errorState } from "@/lib/validation/form-state";
import { safeNextPath } from "@/lib/auth/safe-next";
import { isPasswordSignInEnabled } from "@/lib/oidc/oidc-settings";

export const signUpAction = publicFormAction({
  name: "signUpAction",
  schema: SignUpSchema,
  keepOut: ["password"],
  run: async ({ input, formData }) => {
    // PASSWORD_SIGN_IN=off: accounts come from the OpenID provider; a hand-made POST is refused.
    if (!isPasswordSignInEnabled()) return errorState("Creating an account with a password is turned off here. Continue with your organisation's sign-in instead.", { name: input.name, email: input.email });
    const next = safeNextPath(formData.get("next"));
    const result = await signUp(input, await currentRequestContext(), { next });
    if (!result.ok) return errorState(describeRetryAfter(result.retryAfterSeconds), { name: input.name, email: input.email });
    // Invited to this address: already verified, so sign in and go straight back to the invitation.
    if (result.signInToken) {
      await signIn("magic-link", { token: result.signInToken, redirect: false });
      return redirectTo(next ?? "/dashboard");
    }
    // Confirming will sign in only this browser (lib/account/signed-up-here.ts). Set for a taken
    // address too, so the answer looks the same.
    (await cookies()).set(SIGNED_UP_HERE_COOKIE, signedUpHereProof(input.email), {
      httpOnly: true,
      sameSite: "lax",
      secure: usesSecureCookies(getEnv().APP_URL),
      path: "/",
      maxAge: SIGNED_UP_HERE_MAX_AGE_SECONDS,
    });
    return redirectTo("/check-email?for=sign-up");
  },
});
