import type { Metadata } from "next";
import { inspectPasswordResetLink } from "@/lib/account/password-reset";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { tokenFromSearchParams } from "../token-param";
import { EmailedLinkPage, type LinkPageProps } from "../emailed-link-page";
import { resetPasswordAction } from "../../forgot-password/actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: LinkPageProps) {
  return (
    <EmailedLinkPage
      token={tokenFromSearchParams(await searchParams)}
      inspect={inspectPasswordResetLink}
      invalid={{ what: "password reset", retryHref: "/forgot-password", retryLabel: "Ask for a new reset link" }}
      title="Choose a new password"
      intro={(email) => <>For {email}. This signs you out everywhere else.</>}
      form={(token) => <ResetPasswordForm action={resetPasswordAction} token={token} />}
    />
  );
}
