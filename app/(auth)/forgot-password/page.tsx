import type { Metadata } from "next";
import { AuthCard, BackToSignIn } from "@/components/account/auth-card";
import { EmailRequestForm } from "@/components/account/email-request-form";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Reset your password" intro="Enter the email you signed up with. We will send you a link to choose a new password; it expires after 30 minutes." footer={<BackToSignIn />}>
      <EmailRequestForm action={requestPasswordResetAction} submitLabel="Send reset link" />
    </AuthCard>
  );
}
