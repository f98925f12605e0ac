import type { Metadata } from "next";
import { inspectMagicLink } from "@/lib/account/magic-link";
import { AuthCard } from "@/components/account/auth-card";
import { ConfirmLinkForm } from "@/components/account/confirm-link-form";
import { InvalidLink } from "@/components/account/invalid-link";
import { tokenFromSearchParams } from "../token-param";
import { magicLinkSignInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = tokenFromSearchParams(await searchParams);
  const status = token ? await inspectMagicLink(token) : ({ state: "invalid" } as const);
  if (!token || status.state !== "valid") {
    return <InvalidLink what="sign-in" retryHref="/sign-in/link" retryLabel="Email me a new sign-in link" />;
  }
  return (
    <AuthCard
      title="Sign in to Stepwise"
      intro={
        <>
          Continue as <strong>{status.email}</strong>.
        </>
      }
    >
      <ConfirmLinkForm action={magicLinkSignInAction} token={token} label="Sign in" />
    </AuthCard>
  );
}
