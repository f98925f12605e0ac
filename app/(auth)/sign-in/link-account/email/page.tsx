import type { Metadata } from "next";
import { AuthCard } from "@/components/account/auth-card";
import { ConfirmLinkForm } from "@/components/account/confirm-link-form";
import { InvalidLink } from "@/components/account/invalid-link";
import { inspectEmailedPendingLink } from "@/lib/oidc/pending-link";
import { getOidcSettings } from "@/lib/oidc/oidc-settings";
import { tokenFromSearchParams } from "../../../auth/token-param";
import { confirmEmailedLinkAction } from "../actions";

export const metadata: Metadata = { title: "Link your sign-in" };

/** The page the emailed confirmation opens: a button, so a mail scanner's GET links nothing. */
export default async function EmailedLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = tokenFromSearchParams(await searchParams);
  const pending = token ? await inspectEmailedPendingLink(token) : null;
  const provider = getOidcSettings()?.displayName ?? "your provider";
  if (!token || !pending) return <InvalidLink what="confirmation" retryHref="/sign-in" retryLabel={`Sign in with ${provider} again`} />;
  return (
    <AuthCard
      title={`Link your ${provider} sign-in`}
      intro={
        <>
          Link {provider} to the Stepwise account <strong className="wrap-anywhere">{pending.email}</strong> and sign in.
        </>
      }
    >
      <ConfirmLinkForm action={confirmEmailedLinkAction} token={token} label={`Link ${provider} and sign in`} />
    </AuthCard>
  );
}
