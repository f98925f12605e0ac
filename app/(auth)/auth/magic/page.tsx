import type { Metadata } from "next";
import { inspectMagicLink } from "@/lib/account/magic-link";
import { ConfirmLinkForm } from "@/components/account/confirm-link-form";
import { tokenFromSearchParams } from "../token-param";
import { EmailedLinkPage, type LinkPageProps } from "../emailed-link-page";
import { magicLinkSignInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function MagicLinkPage({ searchParams }: LinkPageProps) {
  return (
    <EmailedLinkPage
      token={tokenFromSearchParams(await searchParams)}
      inspect={inspectMagicLink}
      invalid={{ what: "sign-in", retryHref: "/sign-in/link", retryLabel: "Email me a new sign-in link" }}
      title="Sign in to Stepwise"
      intro={(email) => <>Continue as {email}.</>}
      form={(token) => <ConfirmLinkForm action={magicLinkSignInAction} token={token} label="Sign in" />}
    />
  );
}
