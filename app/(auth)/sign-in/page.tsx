import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "@/components/account/auth-card";
import { SignInForm } from "@/components/account/sign-in-form";
import { Notice } from "@/components/ui/card";
import { OidcSignIn } from "@/components/account/oidc-sign-in";
import { oidcSignInAction, signInAction } from "./actions";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getOidcSettings, isPasswordSignInEnabled } from "@/lib/oidc/oidc-settings";
import { UNVERIFIED_EMAIL_ERROR } from "@/lib/oidc/next-auth-oidc";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, { tone: "success" | "warning"; text: string }> = {
  verified: { tone: "success", text: "Email confirmed. You can sign in now." },
  reset: { tone: "success", text: "Your password was changed. Sign in with your new password." },
  "invalid-link": { tone: "warning", text: "That link has expired or was already used. Sign in, or ask for a new link." },
  "signed-out": { tone: "success", text: "You are signed out." },
};

/** next-auth's redirect after a failed provider sign-in (`?error=`): what went wrong, in words. */
function providerError(error: unknown, displayName: string): string | undefined {
  if (typeof error !== "string" || error === "") return undefined;
  if (error === UNVERIFIED_EMAIL_ERROR) return `${displayName} did not confirm an email address for you, so we cannot sign you in with it. Confirm your email address with ${displayName}, or sign in another way.`;
  // State, nonce or PKCE mismatch, an error from the provider, a cancelled sign-in: the same advice.
  return `Signing in with ${displayName} did not work. Please try again; if it keeps failing, sign in another way.`;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { notice, next: nextParam, error } = await searchParams;
  const next = safeNextPath(nextParam);
  if (await getCurrentUser()) redirect(next ?? "/dashboard");
  const oidc = getOidcSettings();
  const passwordSignIn = isPasswordSignInEnabled();
  const failure = oidc ? providerError(error, oidc.displayName) : undefined;
  const shown = failure ? { tone: "warning" as const, text: failure } : typeof notice === "string" ? notices[notice] : undefined;
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          <p>
            <Link href="/sign-in/link" className="font-semibold text-brand-700 underline">
              Email me a sign-in link instead
            </Link>
          </p>
          {passwordSignIn ? (
            <p>
              <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
                Forgot your password?
              </Link>
            </p>
          ) : null}
          {passwordSignIn ? (
            <p>
              New to Stepwise?{" "}
              <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"} className="font-semibold text-brand-700 underline">
                Create an account
              </Link>
            </p>
          ) : (
            <p>New to Stepwise? Continue with {oidc?.displayName} to create your account.</p>
          )}
        </>
      }
    >
      {shown ? (
        <div className="mb-5" role={failure ? "alert" : undefined}>
          <Notice tone={shown.tone}>{shown.text}</Notice>
        </div>
      ) : null}
      {oidc ? <OidcSignIn action={oidcSignInAction} displayName={oidc.displayName} next={next} divider={passwordSignIn} /> : null}
      {passwordSignIn ? <SignInForm action={signInAction} next={next} /> : null}
    </AuthCard>
  );
}
