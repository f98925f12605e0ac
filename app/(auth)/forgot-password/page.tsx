import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { EmailRequestForm } from "@/components/account/email-request-form";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      intro="Enter the email you signed up with. We will send you a link to choose a new password; it expires after 30 minutes."
      footer={
        <p>
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            Back to sign in
          </Link>
        </p>
      }
    >
      <EmailRequestForm action={requestPasswordResetAction} submitLabel="Send reset link" />
    </AuthCard>
  );
}
