"use server";

// The buttons on the pages a link in an email opens (confirming an address, signing in with a
// magic link). A token that is malformed, used or expired sends the person to sign in with a notice.
import { AuthError } from "next-auth";
import { publicButtonAction, redirectTo } from "@/lib/actions/action-client";
import { signIn } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { confirmEmailAddress } from "@/lib/account/verify-email";
import { safeNextPath } from "@/lib/auth/safe-next";

const INVALID_LINK = "/sign-in?notice=invalid-link";

export const confirmEmailAction = publicButtonAction({
  name: "confirmEmailAction",
  run: async ({ formData }) => {
    const token = TokenSchema.safeParse(formData.get("token"));
    if (!(token.success && (await confirmEmailAddress(token.data)))) return redirectTo(INVALID_LINK);
    const next = safeNextPath(formData.get("next"));
    return redirectTo(next ? `/sign-in?notice=verified&next=${encodeURIComponent(next)}` : "/sign-in?notice=verified");
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
