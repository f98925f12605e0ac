import type { Metadata } from "next";
import { inspectVerificationLink } from "@/lib/account/verify-email";
import { AuthCard } from "@/components/account/auth-card";
import { ConfirmLinkForm } from "@/components/account/confirm-link-form";
import { InvalidLink } from "@/components/account/invalid-link";
import { tokenFromSearchParams } from "../token-param";
import { confirmEmailAction } from "../actions";
import { safeNextPath } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = tokenFromSearchParams(params);
  const next = safeNextPath(params.next);
  const status = token ? await inspectVerificationLink(token) : ({ state: "invalid" } as const);
  if (!token || status.state !== "valid") {
    return <InvalidLink what="confirmation" retryHref="/sign-in" retryLabel="Sign in to get a new confirmation link" />;
  }
  return (
    <AuthCard
      title="Confirm your email"
      intro={
        <>
          Confirm that <strong>{status.email}</strong> is your email address.
        </>
      }
    >
      <ConfirmLinkForm action={confirmEmailAction} token={token} label="Confirm email" next={next} />
    </AuthCard>
  );
}
