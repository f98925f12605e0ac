// Opened from the footer of a reminder email, signed in or not. It asks before changing
// anything, because link scanners in mail systems open every link in a message.
import type { Metadata } from "next";
import Link from "next/link";
import { describeUnsubscribeToken } from "@/lib/unsubscribe/unsubscribe";
import { AuthCard } from "@/components/account/auth-card";
import { SubmitButton } from "@/components/ui/submit-button";
import { StandaloneFrame } from "@/components/ui/standalone-frame";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> }) {
  const token = decodeURIComponent((await params).token);
  const done = (await searchParams).done === "1";
  const described = describeUnsubscribeToken(token);
  const settingsLink = (
    <Link href="/settings#email" className="font-semibold text-brand-700 underline">
      Email settings
    </Link>
  );
  if (!described) {
    return (
      <StandaloneFrame>
        <AuthCard title="This unsubscribe link does not work" intro="The link is not complete. You can choose which emails you get in your settings.">
          {settingsLink}
        </AuthCard>
      </StandaloneFrame>
    );
  }
  if (done) {
    return (
      <StandaloneFrame>
        <AuthCard title="You are unsubscribed" intro={`Stepwise will not send you ${described.label} any more. You can turn them back on at any time.`}>
          {settingsLink}
        </AuthCard>
      </StandaloneFrame>
    );
  }
  return (
    <StandaloneFrame>
      <AuthCard title="Unsubscribe" intro={`Stop ${described.label}? Other Stepwise emails are not affected.`}>
        <form action={unsubscribeAction} className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel="Unsubscribing…">Unsubscribe</SubmitButton>
          {settingsLink}
        </form>
      </AuthCard>
    </StandaloneFrame>
  );
}
