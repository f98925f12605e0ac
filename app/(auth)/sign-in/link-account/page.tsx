import type { Metadata } from "next";
import { AuthCard, BackToSignIn } from "@/components/account/auth-card";
import { InvalidLink } from "@/components/account/invalid-link";
import { ConfirmLinkWithPasswordForm, EmailLinkConfirmationForm } from "@/components/account/link-account-forms";
import { inspectPendingLink, PENDING_LINK_MINUTES } from "@/lib/oidc/pending-link";
import { getOidcSettings } from "@/lib/oidc/oidc-settings";
import { tokenFromSearchParams } from "../../auth/token-param";
import { confirmLinkWithPasswordAction, emailLinkConfirmationAction } from "./actions";
import { OrDivider } from "@/components/ui/or-divider";

export const metadata: Metadata = { title: "Link your sign-in" };

/**
 * Where a provider sign-in lands when its verified email already has an account: nothing is
 * linked until the account's owner confirms (docs/decisions/0013-oidc-linking-is-confirmed.md).
 */
export default async function LinkAccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = tokenFromSearchParams(await searchParams);
  const pending = token ? await inspectPendingLink(token) : null;
  const provider = getOidcSettings()?.displayName ?? "your provider";
  if (!token || !pending) return <InvalidLink what="confirmation" retryHref="/sign-in" retryLabel={`Sign in with ${provider} again`} />;
  return (
    <AuthCard
      title={`Link your ${provider} sign-in to your Stepwise account`}
      intro={
        <p>
          A Stepwise account already uses <strong className="wrap-anywhere">{pending.email}</strong>. To sign in with {provider} from now on, confirm that the account is yours. Nothing is linked until you do; this page works for {PENDING_LINK_MINUTES} minutes.
        </p>
      }
      footer={<BackToSignIn />}
    >
      {pending.canConfirmWithPassword ? (
        <>
          <ConfirmLinkWithPasswordForm action={confirmLinkWithPasswordAction} token={token} />
          <OrDivider />
        </>
      ) : null}
      <EmailLinkConfirmationForm action={emailLinkConfirmationAction} token={token} primary={!pending.canConfirmWithPassword} />
    </AuthCard>
  );
}
