import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { AuthCard } from "@/components/account/auth-card";
import { SignUpForm } from "@/components/account/sign-up-form";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <AuthCard
      title="Create your account"
      intro="Turn what you want from your career into goals you can reach, one step at a time."
      footer={
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            Sign in
          </Link>
        </p>
      }
    >
      <SignUpForm action={signUpAction} />
    </AuthCard>
  );
}
