"use server";

import { formAction, redirectTo } from "@/lib/actions/action-client";
import { signIn, signOut } from "@/lib/auth/config";
import { ChangePasswordSchema, DeleteAccountSchema, ProfileSchema } from "@/lib/auth/schemas";
import { updateProfile } from "@/lib/account/update-profile";
import { changePassword } from "@/lib/account/change-password";
import { deleteAccount } from "@/lib/account/delete-account";
import { errorState } from "@/lib/validation/form-state";

export const updateProfileAction = formAction({
  name: "updateProfileAction",
  schema: ProfileSchema,
  revalidate: [["/", "layout"]],
  run: async ({ user, input }) => {
    await updateProfile(user, input);
    return { status: "success", message: "Profile saved.", values: input };
  },
});

export const changePasswordAction = formAction({
  name: "changePasswordAction",
  schema: ChangePasswordSchema,
  keepOut: ["currentPassword", "newPassword", "confirmPassword"],
  run: async ({ user, input }) => {
    const result = await changePassword(user, input);
    if (!result.ok) return errorState("Please correct the highlighted fields.", undefined, { currentPassword: ["Your current password is not correct."] });
    // The change ended every session, this one too; sign this device back in with the new password.
    await signIn("password", { email: user.email, password: input.newPassword, redirect: false });
    // Redirect rather than return: a returned state re-renders this request with the old,
    // now-stale cookie, which the session check would reject. The redirect renders with the new one.
    return redirectTo("/settings?notice=password-changed");
  },
});

export const deleteAccountAction = formAction({
  name: "deleteAccountAction",
  schema: DeleteAccountSchema,
  run: async ({ user, input, formData }) => {
    const result = await deleteAccount(user, input);
    if (!result.ok) {
      return errorState("Please correct the highlighted fields.", { confirmEmail: String(formData.get("confirmEmail") ?? "") }, { confirmEmail: ["Type your account's email address exactly to confirm."] });
    }
    await signOut({ redirectTo: "/?notice=account-deleted" });
    return { status: "success" };
  },
});
