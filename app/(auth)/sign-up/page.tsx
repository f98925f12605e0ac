import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "@/components/account/auth-card";
import { SignUpForm } from "@/components/account/sign-up-form";
import { signUpAction } from "./actions";
import { safeNextPath } from "@/lib/auth/safe-next";
import { EmailSchema } from "@/lib/auth/schemas";
import { getOidcSettings, isPasswordSignInEnabled } from "@/lib/oidc/oidc-settings";
import { OidcSignIn } from "@/components/account/oidc-sign-in";
import { oidcSignInAction } from "../sign-in/actions";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getCurrentUser()) redirect(next ?? "/dashboard");
  const email = EmailSchema.safeParse(params.email);
  const oidc = getOidcSettings();
  const passwordSignIn = isPasswordSignInEnabled();
  return (
    <AuthCard
      title="Create your account"
      intro="Turn what you want from your career into goals you can reach, one step at a time."
      footer={
        <p>
          Already have an account?{" "}
          <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"} className="font-semibold text-brand-700 underline">
            Sign in
          </Link>
        </p>
      }
    >
      {oidc ? <OidcSignIn action={oidcSignInAction} displayName={oidc.displayName} next={next} divider={passwordSignIn} /> : null}
      {passwordSignIn ? <SignUpForm action={signUpAction} next={next} email={email.success ? email.data : undefined} /> : null}
    </AuthCard>
  );
}
