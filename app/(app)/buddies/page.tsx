import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listPairings } from "@/lib/buddies/pairings";
import { listReceivedInvites, listSentInvites } from "@/lib/buddies/invite-queries";
import { MAX_BUDDIES } from "@/lib/buddies/rules";
import { listShareableGoals } from "@/lib/buddies/shareable-goals";
import { Card, Notice } from "@/components/ui/card";
import { CardSection } from "@/components/ui/card-section";
import { formatDayMonthYear } from "@/lib/time/format";
import { InviteForm } from "@/components/buddies/invite-form";
import { AnswerInviteForm } from "@/components/buddies/answer-invite-form";
import { SentInviteList } from "@/components/buddies/sent-invite-list";
import { SharedGoalsForm } from "@/components/buddies/shared-goals-form";
import { answerInviteAction, inviteBuddyAction, manageSentInviteAction, setSharedGoalsAction } from "./actions";

export const metadata: Metadata = { title: "Buddies" };

export default async function BuddiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const query = await searchParams;
  const [pairings, received, sent, shareable] = await Promise.all([listPairings(user), listReceivedInvites(user), listSentInvites(user), listShareableGoals(user)]);
  const free = Math.max(0, MAX_BUDDIES - pairings.length);
  const { sharedAchieved } = shareable;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Buddies</h1>
        <p className="text-slate-700">An accountability buddy sees the goals you choose to share, checks in with you and reviews your plans with you. You can have up to {MAX_BUDDIES}.</p>
      </div>
      {query.ended === "1" ? (
        <div role="status">
          <Notice tone="success">Your buddy pairing has ended. Neither of you can see the other&apos;s goals any more.</Notice>
        </div>
      ) : null}
      {query.ended === "kindly" ? (
        <div role="status">
          <Notice tone="success">
            Your pairing has ended, kindly. What you shared and wrote stays in your history. A new buddy can bring new energy:{" "}
            <a href="#invite-heading" className="font-semibold underline underline-offset-4">
              invite someone new
            </a>
            .
          </Notice>
        </div>
      ) : null}

      {received.length > 0 ? (
        <section aria-labelledby="received-heading" className="space-y-4">
          <h2 id="received-heading" className="text-2xl font-semibold tracking-tight">
            Invitations for you
          </h2>
          <ul className="grid gap-4">
            {received.map((invite) => (
              <li key={invite.id}>
                <Card>
                  <p className="text-slate-900">
                    <strong>{invite.inviterName}</strong> would like you to be their accountability buddy.
                  </p>
                  {invite.message ? <blockquote className="mt-2 whitespace-pre-line border-l-4 border-brand-200 pl-3 text-slate-700">{invite.message}</blockquote> : null}
                  <p className="mt-2 text-sm text-slate-600">
                    Open until <time dateTime={invite.expiresAt.toISOString()}>{formatDayMonthYear(invite.expiresAt, user.timeZone)}</time>
                  </p>
                  <div className="mt-4">
                    <AnswerInviteForm action={answerInviteAction} field={{ name: "inviteId", value: invite.id }} inviterName={invite.inviterName} />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="circle-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="circle-heading" className="text-2xl font-semibold tracking-tight">
            Your circle
          </h2>
          <p className="text-sm text-slate-600">
            {pairings.length} of {MAX_BUDDIES} buddies
          </p>
        </div>
        {pairings.length === 0 ? (
          <p className="text-slate-700">No buddies yet. Invite someone you trust below.</p>
        ) : (
          <ul className="grid gap-4">
            {pairings.map((pairing) => (
              <li key={pairing.id}>
                <Card>
                  <h3 className="text-lg font-semibold">{pairing.buddy.name}</h3>
                  <p className="text-sm text-slate-600">
                    Buddies since <time dateTime={pairing.startedAt.toISOString()}>{formatDayMonthYear(pairing.startedAt, user.timeZone)}</time>
                  </p>
                  <p className="mt-3 text-slate-800">
                    <span className="font-semibold">Our agreement:</span> {pairing.agreement}
                  </p>
                  <p className="mt-3">
                    <Link href={`/buddies/${pairing.id}`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
                      {pairing.buddy.name}&apos;s shared goals and our agreement
                    </Link>
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <CardSection id="invite" title="Invite a buddy">
        <InviteForm action={inviteBuddyAction} hint={free === 0 ? `Your circle is full (${MAX_BUDDIES} buddies). End a pairing before inviting someone new.` : "We email them a link that works for 7 days. They can accept with an existing account or create one."} />
      </CardSection>

      <CardSection id="sent" title="Invitations you sent">
        <SentInviteList invites={sent} timeZone={user.timeZone} action={manageSentInviteAction} />
      </CardSection>

      <CardSection id="share" title="What you share">
        <p className="mb-4 text-slate-700">Your buddies see the goals you tick here, with their steps and check-ins, and can comment on your check-ins. Everything else stays private. Nothing is ever public.</p>
        {sharedAchieved > 0 ? <p className="mb-4 text-sm text-slate-600">{sharedAchieved === 1 ? "1 achieved goal is" : `${sharedAchieved} achieved goals are`} also shared; change that on the goal&apos;s edit page.</p> : null}
        <SharedGoalsForm action={setSharedGoalsAction} goals={shareable.goals} />
      </CardSection>
    </div>
  );
}
