import type { Metadata } from "next";
import { AuthCard, BackToSignIn } from "@/components/account/auth-card";
import { EmailRequestForm } from "@/components/account/email-request-form";
import { redirect } from "next/navigation";
import { requestPasswordResetAction } from "./actions";
import { isPasswordSignInEnabled } from "@/lib/oidc/oidc-settings";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  // PASSWORD_SIGN_IN=off: a new password would open nothing; an emailed sign-in link does.
  if (!isPasswordSignInEnabled()) redirect("/sign-in/link");
  return (
    <AuthCard title="Reset your password" intro="Enter the email you signed up with. We will send you a link to choose a new password; it expires after 30 minutes." footer={<BackToSignIn />}>
      <EmailRequestForm action={requestPasswordResetAction} submitLabel="Send reset link" />
    </AuthCard>
  );
}
