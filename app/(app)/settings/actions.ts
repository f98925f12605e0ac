"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { signIn, signOut } from "@/lib/auth/config";
import { ChangePasswordSchema, DeleteAccountSchema, ProfileSchema } from "@/lib/auth/schemas";
import { updateProfile } from "@/lib/account/update-profile";
import { changePassword } from "@/lib/account/change-password";
import { deleteAccount } from "@/lib/account/delete-account";
import { errorState, parseForm, type FormState } from "@/lib/validation/form-state";

export async function updateProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(ProfileSchema, formData);
  if (!form.ok) return form.state;
  await updateProfile(user, form.data);
  revalidatePath("/", "layout");
  return { status: "success", message: "Profile saved.", values: form.data };
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(ChangePasswordSchema, formData, ["currentPassword", "newPassword", "confirmPassword"]);
  if (!form.ok) return form.state;
  const result = await changePassword(user, form.data);
  if (!result.ok) return errorState("Please correct the highlighted fields.", undefined, { currentPassword: ["Your current password is not correct."] });
  // The change ended every session, this one too; sign this device back in with the new password.
  await signIn("password", { email: user.email, password: form.data.newPassword, redirect: false });
  // Redirect rather than return: a returned state re-renders this request with the old,
  // now-stale cookie, which requireUser() would reject. The redirect renders with the new one.
  redirect("/settings?notice=password-changed");
}

export async function deleteAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const form = parseForm(DeleteAccountSchema, formData);
  if (!form.ok) return form.state;
  const result = await deleteAccount(user, form.data);
  if (!result.ok) {
    return errorState("Please correct the highlighted fields.", { confirmEmail: String(formData.get("confirmEmail") ?? "") }, { confirmEmail: ["Type your account's email address exactly to confirm."] });
  }
  await signOut({ redirectTo: "/?notice=account-deleted" });
  return { status: "success" };
}
