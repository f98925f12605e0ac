"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { TokenSchema } from "@/lib/auth/schemas";
import { confirmEmailAddress } from "@/lib/account/verify-email";
import { safeNextPath } from "@/lib/auth/safe-next";

export async function confirmEmailAction(formData: FormData): Promise<void> {
  const token = TokenSchema.safeParse(formData.get("token"));
  const confirmed = token.success && (await confirmEmailAddress(token.data));
  const next = safeNextPath(formData.get("next"));
  if (!confirmed) redirect("/sign-in?notice=invalid-link");
  redirect(next ? `/sign-in?notice=verified&next=${encodeURIComponent(next)}` : "/sign-in?notice=verified");
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
