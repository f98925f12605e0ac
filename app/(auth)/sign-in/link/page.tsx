import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { EmailRequestForm } from "@/components/account/email-request-form";
import { requestMagicLinkAction } from "../actions";

export const metadata: Metadata = { title: "Email me a sign-in link" };

export default function MagicLinkRequestPage() {
  return (
    <AuthCard
      title="Sign in with an email link"
      intro="We will email you a link that signs you in. It works once and expires after 15 minutes."
      footer={
        <p>
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            Sign in with your password
          </Link>
        </p>
      }
    >
      <EmailRequestForm action={requestMagicLinkAction} submitLabel="Email me a link" />
    </AuthCard>
  );
}
