"use server";

// Linking a provider sign-in to the existing account with its email (lib/oidc/pending-link.ts):
// confirm with the account's password, or by a link emailed to its address. Either way the
// person ends signed in, through the one-time sign-in token the confirmation returns.
import { z } from "zod";
import { AuthError } from "next-auth";
import { publicButtonAction, publicFormAction, redirectTo } from "@/lib/actions/action-client";
import { signIn } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { currentRequestContext } from "@/lib/account/request-context";
import { confirmPendingLinkByEmail, confirmPendingLinkWithPassword, emailPendingLink } from "@/lib/oidc/pending-link";
import { getOidcSettings } from "@/lib/oidc/oidc-settings";
import { isAppError } from "@/lib/errors";

const ConfirmWithPasswordSchema = z.object({
  token: TokenSchema,
  password: z.string().min(1, "Enter your Stepwise password.").max(1024, "That password is too long."),
});

export const confirmLinkWithPasswordAction = publicFormAction({
  name: "confirmLinkWithPasswordAction",
  schema: ConfirmWithPasswordSchema,
  keepOut: ["password"],
  run: async ({ input }) => {
    const signInToken = await confirmPendingLinkWithPassword(input.token, input.password, await currentRequestContext());
    await signIn("magic-link", { token: signInToken, redirect: false });
    return redirectTo("/dashboard");
  },
});

export const emailLinkConfirmationAction = publicFormAction({
  name: "emailLinkConfirmationAction",
  schema: z.object({ token: TokenSchema }),
  run: async ({ input }) => {
    await emailPendingLink(input.token, await currentRequestContext(), getOidcSettings()?.displayName ?? "your provider");
    return redirectTo("/check-email?for=oidc-link");
  },
});

/** The button on the page the emailed link opens (a GET never uses the link up). */
export const confirmEmailedLinkAction = publicButtonAction({
  name: "confirmEmailedLinkAction",
  run: async ({ formData }) => {
    const token = TokenSchema.safeParse(formData.get("token"));
    if (!token.success) return redirectTo("/sign-in?notice=invalid-link");
    let signInToken: string;
    try {
      signInToken = await confirmPendingLinkByEmail(token.data);
    } catch (error) {
      if (isAppError(error)) return redirectTo("/sign-in?notice=invalid-link");
      throw error;
    }
    try {
      await signIn("magic-link", { token: signInToken, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) return redirectTo("/sign-in?notice=invalid-link");
      throw error;
    }
    return redirectTo("/dashboard");
  },
});
