// A buddy invitation, opened from the email. Open to everyone holding the link: signed out it
// offers to sign up or sign in and come back here; signed in with the invited address it offers
// Accept and Decline; signed in as someone else it says who the invitation is for.
import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { TokenSchema } from "@/lib/auth/schemas";
import { previewInvite, type InvitePreview } from "@/lib/buddies/invite-queries";
import type { InviteState } from "@/lib/buddies/invite-state";
import { AuthCard } from "@/components/account/auth-card";
import { ButtonLink } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { StandaloneFrame } from "@/components/ui/standalone-frame";
import { AnswerInviteForm } from "@/components/buddies/answer-invite-form";
import { answerInviteByTokenAction, signOutForInviteAction } from "./actions";

export const metadata: Metadata = { title: "Buddy invitation", robots: { index: false } };

const closedStates: Record<Exclude<InviteState, "pending">, (inviterName: string) => { title: string; text: string }> = {
  accepted: (inviterName) => ({ title: "This invitation was accepted", text: `If you accepted it, you find ${inviterName} on your Buddies page.` }),
  declined: (inviterName) => ({ title: "This invitation was declined", text: `${inviterName} can see that it was declined, and can invite you again later.` }),
  expired: (inviterName) => ({ title: "This invitation has expired", text: `Invitations work for 7 days. Ask ${inviterName} to send it again.` }),
  revoked: (inviterName) => ({ title: "This invitation was withdrawn", text: `${inviterName} withdrew it, or sent a newer one. Use the link in the newest email.` }),
};

function Message({ inviterName, message }: { inviterName: string; message: string }) {
  if (!message) return null;
  return (
    <figure className="mt-4">
      <blockquote className="whitespace-pre-line border-l-4 border-brand-200 pl-3 text-slate-800">{message}</blockquote>
      <figcaption className="mt-1 text-sm text-slate-600">{inviterName}</figcaption>
    </figure>
  );
}

async function loadInvite(token: string | undefined): Promise<{ token: string; preview: NonNullable<InvitePreview> } | null> {
  const parsed = TokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const preview = await previewInvite(parsed.data);
  return preview ? { token: parsed.data, preview } : null;
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const found = await loadInvite((await params).token);
  if (!found) {
    return (
      <StandaloneFrame>
        <AuthCard title="This invitation no longer works" intro="The link is not complete, or the invitation was replaced by a newer one. Ask the person who invited you to send it again.">
          <Link href="/" className="font-semibold text-brand-700 underline">
            About Stepwise
          </Link>
        </AuthCard>
      </StandaloneFrame>
    );
  }
  const { token, preview } = found;
  const here = `/invites/${token}`;

  if (preview.state !== "pending") {
    const closed = closedStates[preview.state](preview.inviterName);
    return (
      <StandaloneFrame>
        <AuthCard title={closed.title} intro={closed.text}>
          <Link href="/buddies" className="font-semibold text-brand-700 underline">
            Go to your buddies
          </Link>
        </AuthCard>
      </StandaloneFrame>
    );
  }

  const user = await getCurrentUser();
  const title = `${preview.inviterName} invited you to be their buddy`;
  const about = "Buddies see the goals the other chooses to share, check in with each other and review their plans together. Nothing is ever public.";

  if (!user) {
    return (
      <StandaloneFrame>
        <AuthCard title={title} intro={about}>
          <Message inviterName={preview.inviterName} message={preview.message} />
          <p className="mt-5 text-slate-700">
            The invitation is for <strong className="break-all">{preview.email}</strong>. Sign in with that address, or create an account with it, to answer.
          </p>
          <div className="mt-5 flex flex-col gap-3">
            <ButtonLink href={`/sign-up?next=${encodeURIComponent(here)}&email=${encodeURIComponent(preview.email)}`}>Create an account</ButtonLink>
            <ButtonLink href={`/sign-in?next=${encodeURIComponent(here)}`} variant="secondary">
              I already have an account
            </ButtonLink>
          </div>
        </AuthCard>
      </StandaloneFrame>
    );
  }

  if (user.email !== preview.email) {
    return (
      <StandaloneFrame>
        <AuthCard title={title}>
          <p className="text-slate-700">
            This invitation was sent to <strong className="break-all">{preview.email}</strong>. Sign out and sign in with that address.
          </p>
          <p className="mt-2 text-sm text-slate-600">
            You are signed in as <span className="break-all">{user.email}</span>.
          </p>
          <form action={signOutForInviteAction} className="mt-5">
            <input type="hidden" name="token" value={token} />
            <SubmitButton variant="secondary" pendingLabel="Signing out…">
              Sign out
            </SubmitButton>
          </form>
        </AuthCard>
      </StandaloneFrame>
    );
  }

  return (
    <StandaloneFrame>
      <AuthCard title={title} intro={about}>
        <Message inviterName={preview.inviterName} message={preview.message} />
        <p className="mt-5 text-slate-700">Accept, and the two of you agree next how often you check in and review your goals.</p>
        <div className="mt-5">
          <AnswerInviteForm action={answerInviteByTokenAction} field={{ name: "token", value: token }} />
        </div>
      </AuthCard>
    </StandaloneFrame>
  );
}
