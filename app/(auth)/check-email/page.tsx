import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, BackToSignIn } from "@/components/account/auth-card";
import { isOutboxEnabled } from "@/lib/email";

export const metadata: Metadata = { title: "Check your email" };

const messages: Record<string, string> = {
  "sign-up": "We sent a link to confirm your email address. Open it to finish creating your account; it expires in 24 hours.",
  "magic-link": "If an account uses that address, we sent it a sign-in link. It works once and expires in 15 minutes.",
  reset: "If an account uses that address, we sent it a link to reset the password. It expires in 30 minutes.",
  "oidc-link": "We sent a link to your account’s email address. Open it in the next few minutes to link your sign-in and continue; it works once.",
};

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { for: reason } = await searchParams;
  const message = (typeof reason === "string" && messages[reason]) || messages["sign-up"];
  return (
    <AuthCard title="Check your email" intro={message} footer={<BackToSignIn />}>
      {isOutboxEnabled() ? (
        // No email server is configured: mail is written to the development outbox instead.
        <p className="text-sm text-slate-700">
          This server sends no real email yet (no <code>SMTP_URL</code>): open the message in the{" "}
          <Link href="/dev/outbox" className="font-semibold text-brand-700 underline">
            development outbox
          </Link>
          .
        </p>
      ) : (
        <p className="text-sm text-slate-700">No email after a few minutes? Check your spam folder, or try again.</p>
      )}
    </AuthCard>
  );
}
