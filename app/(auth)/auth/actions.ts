"use server";

// The buttons on the pages a link in an email opens (confirming an address, signing in with a
// magic link). A token that is malformed, used or expired sends the person to sign in with a
// notice. Confirming signs in only the browser that signed up (lib/account/signed-up-here.ts).
import { cookies } from "next/headers";
import { AuthError } from "next-auth";
import { publicButtonAction, redirectTo } from "@/lib/actions/action-client";
import { signIn } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { safeNextPath } from "@/lib/auth/safe-next";
import { confirmEmail } from "@/lib/account/verify-email";
import { SIGNED_UP_HERE_COOKIE } from "@/lib/account/signed-up-here";

const INVALID_LINK = "/sign-in?notice=invalid-link";

export const confirmEmailAction = publicButtonAction({
  name: "confirmEmailAction",
  run: async ({ formData }) => {
    const token = TokenSchema.safeParse(formData.get("token"));
    if (!token.success) return redirectTo(INVALID_LINK);
    const jar = await cookies();
    const outcome = await confirmEmail(token.data, jar.get(SIGNED_UP_HERE_COOKIE)?.value);
    const next = safeNextPath(formData.get("next"));
    if (outcome.status === "invalid") return redirectTo(INVALID_LINK);
    if (outcome.status === "confirmed") return redirectTo(next ? `/sign-in?notice=verified&next=${encodeURIComponent(next)}` : "/sign-in?notice=verified");
    // The browser that signed up: signed in at once, and taken where they were going.
    jar.delete(SIGNED_UP_HERE_COOKIE);
    await signIn("magic-link", { token: outcome.signInToken, redirect: false });
    return redirectTo(next ?? "/dashboard");
  },
});

export const magicLinkSignInAction = publicButtonAction({
  name: "magicLinkSignInAction",
  run: async ({ formData }) => {
    const token = TokenSchema.safeParse(formData.get("token"));
    if (!token.success) return redirectTo(INVALID_LINK);
    try {
      await signIn("magic-link", { token: token.data, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) return redirectTo(INVALID_LINK);
      throw error;
    }
    return redirectTo("/dashboard");
  },
});
