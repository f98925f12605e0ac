import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "@/components/account/auth-card";
import { SignInForm } from "@/components/account/sign-in-form";
import { Notice } from "@/components/ui/card";
import { signInAction } from "./actions";
import { safeNextPath } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, { tone: "success" | "warning"; text: string }> = {
  verified: { tone: "success", text: "Email confirmed. You can sign in now." },
  reset: { tone: "success", text: "Your password was changed. Sign in with your new password." },
  "invalid-link": { tone: "warning", text: "That link has expired or was already used. Sign in, or ask for a new link." },
  "signed-out": { tone: "success", text: "You are signed out." },
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { notice, next: nextParam } = await searchParams;
  const next = safeNextPath(nextParam);
  if (await getCurrentUser()) redirect(next ?? "/dashboard");
  const shown = typeof notice === "string" ? notices[notice] : undefined;
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
          <p>
            <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
              Forgot your password?
            </Link>
          </p>
          <p>
            New to Stepwise?{" "}
            <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"} className="font-semibold text-brand-700 underline">
              Create an account
            </Link>
          </p>
        </>
      }
    >
      {shown ? (
        <div className="mb-5">
          <Notice tone={shown.tone}>{shown.text}</Notice>
        </div>
      ) : null}
      <SignInForm action={signInAction} next={next} />
    </AuthCard>
  );
}
