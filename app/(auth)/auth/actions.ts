"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { safeNextPath } from "@/lib/auth/safe-next";

/** Confirms the address and signs the person in, then takes them where they were going. */
export async function confirmEmailAction(formData: FormData): Promise<void> {
  const token = TokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/sign-in?notice=invalid-link");
  try {
    await signIn("verify-email", { token: token.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in?notice=invalid-link");
    throw error;
  }
  redirect(safeNextPath(formData.get("next")) ?? "/dashboard");
}

export async function magicLinkSignInAction(formData: FormData): Promise<void> {
  const token = TokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/sign-in?notice=invalid-link");
  try {
    await signIn("magic-link", { token: token.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in?notice=invalid-link");
    throw error;
  }
  redirect("/dashboard");
}
