import type { Metadata } from "next";
import { inspectVerificationLink } from "@/lib/account/verify-email";
import { ConfirmLinkForm } from "@/components/account/confirm-link-form";
import { safeNextPath } from "@/lib/auth/safe-next";
import { tokenFromSearchParams } from "../token-param";
import { EmailedLinkPage, type LinkPageProps } from "../emailed-link-page";
import { confirmEmailAction } from "../actions";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: LinkPageProps) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  return (
    <EmailedLinkPage
      token={tokenFromSearchParams(params)}
      inspect={inspectVerificationLink}
      invalid={{ what: "confirmation", retryHref: "/sign-in", retryLabel: "Sign in to get a new confirmation link" }}
      title="Confirm your email"
      intro={(email) => <>Confirm that {email} is your email address.</>}
      form={(token) => <ConfirmLinkForm action={confirmEmailAction} token={token} label="Confirm email" next={next} />}
    />
  );
}
