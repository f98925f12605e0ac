import type { Metadata } from "next";
import { inspectPasswordResetLink } from "@/lib/account/password-reset";
import { AuthCard } from "@/components/account/auth-card";
import { InvalidLink } from "@/components/account/invalid-link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { tokenFromSearchParams } from "../token-param";
import { resetPasswordAction } from "../../forgot-password/actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = tokenFromSearchParams(await searchParams);
  const status = token ? await inspectPasswordResetLink(token) : ({ state: "invalid" } as const);
  if (!token || status.state !== "valid") {
    return <InvalidLink what="password reset" retryHref="/forgot-password" retryLabel="Ask for a new reset link" />;
  }
  return (
    <AuthCard
      title="Choose a new password"
      intro={
        <>
          For <strong>{status.email}</strong>. This signs you out everywhere else.
        </>
      }
    >
      <ResetPasswordForm action={resetPasswordAction} token={token} />
    </AuthCard>
  );
}
