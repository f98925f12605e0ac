import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { AppErrorCode, isAppError } from "@/lib/errors";
import { getReviewAgenda, type ReviewAgenda } from "@/lib/reviews/agenda";
import { getReviewState } from "@/lib/reviews/review-state";
import { formatReviewTime } from "@/lib/reviews/review-time";
import { closedReviewNotice } from "@/lib/reviews/closed-review-notice";
import { formatDayMonthYear } from "@/lib/time/format";
import { Card, Notice } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { ReviewSessionLive } from "@/components/reviews/review-session-live";
import { getScheduledReview } from "@/lib/reviews/history";
import { suggestAlternativeTime } from "@/lib/reviews/propose-time";
import { TimeProposal } from "@/components/reviews/time-proposal";
import { confirmReviewTimeAction, proposeReviewTimeAction } from "../../review-actions";
import { closeReviewAction, saveDecisionAction, saveNotesAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

type Props = { params: Promise<{ id: string; sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const Id = z.uuid();

/** The session's agenda as the reader may see it, or null (404); once per request for the page and its title. */
const findAgenda = cache(async (user: SessionUser, pairingId: string, sessionId: string): Promise<ReviewAgenda | null> => {
  if (!Id.safeParse(pairingId).success || !Id.safeParse(sessionId).success) return null;
  try {
    const agenda = await getReviewAgenda(user, sessionId);
    return agenda.session.pairingId === pairingId ? agenda : null;
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { id, sessionId } = await params;
  const agenda = await findAgenda(await requireUser(), id, sessionId);
  return { title: agenda ? `Goal review with ${agenda.buddy.name}` : "Review not found" };
}

export default async function ReviewSessionPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id, sessionId } = await params;
  const query = await searchParams;
  const agenda = await findAgenda(user, id, sessionId);
  if (!agenda) notFound();
  const [state, scheduled] = await Promise.all([getReviewState(user, sessionId), getScheduledReview(user, sessionId)]);
  const { session, buddy } = agenda;
  // A proposed time to answer (or one of mine waiting), or the chance to propose one.
  const timeToAnswer = scheduled && (scheduled.proposal || !scheduled.bookedByMe) ? scheduled : null;
  const alternative = timeToAnswer ? await suggestAlternativeTime(user, sessionId) : null;

  return (
    <div className="space-y-8">
      <BackLink href={`/buddies/${session.pairingId}`}>Back to {buddy.name}</BackLink>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Goal review with {buddy.name}</h1>
        <p className="text-slate-800">
          <time dateTime={session.startsAt.toISOString()}>{formatReviewTime(session.startsAt, session.durationMinutes, user.timeZone)}</time>
        </p>
        {buddy.timeZone !== user.timeZone ? (
          <p className="text-sm text-slate-600">
            For {buddy.name}: {formatReviewTime(session.startsAt, session.durationMinutes, buddy.timeZone)}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">
          Progress is compared with <time dateTime={agenda.since.toISOString()}>{formatDayMonthYear(agenda.since, user.timeZone)}</time>, your last review together (or when you became buddies).
        </p>
      </header>

      {session.status === "COMPLETED" ? (
        <div role="status">
          <Notice tone="success">{query.closed === "1" ? "Review closed. You both get a summary by email, and your next review is booked." : closedReviewNotice(session, user.id)}</Notice>
        </div>
      ) : session.status === "CANCELLED" ? (
        <Notice tone="warning">This review was cancelled.</Notice>
      ) : (
        <Notice tone="info">Open this page together at the agreed time. Record a decision for each goal: {buddy.name} sees your saves within a few seconds, and you see theirs. Decisions change the goal as soon as they are saved.</Notice>
      )}

      {timeToAnswer && alternative ? (
        <section aria-labelledby="time-heading">
          <Card className="space-y-3">
            <h2 id="time-heading" className="text-xl font-semibold">
              {timeToAnswer.proposal ? "A new time is proposed" : "Does this time suit you?"}
            </h2>
            {timeToAnswer.proposal ? null : (
              <p className="text-slate-700">
                {buddy.name} booked it. If it does not suit you, propose another time: {buddy.name} is asked to confirm it.
              </p>
            )}
            <TimeProposal headingLevel="h3" pairingId={session.pairingId} review={timeToAnswer} buddy={buddy} timeZone={user.timeZone} alternative={alternative} actions={{ propose: proposeReviewTimeAction, confirm: confirmReviewTimeAction }} />
          </Card>
        </section>
      ) : null}

      <ReviewSessionLive key={state.status} sessionId={session.id} initial={state} people={agenda.people} buddyName={buddy.name} timeZone={user.timeZone} actions={{ saveDecision: saveDecisionAction, saveNotes: saveNotesAction }} />

      {session.status === "SCHEDULED" ? (
        <section aria-labelledby="close-heading">
          <Card>
            <h2 id="close-heading" className="text-xl font-semibold">
              Finish the review
            </h2>
            <p className="mt-2 text-slate-700">Closing ends the review for both of you, emails you both a summary and books your next review by your agreed cadence. Decisions cannot change afterwards.</p>
            {/* Closing asks first: the first button only opens the confirmation (no script needed). */}
            <details className="mt-4">
              <summary className={buttonClasses("primary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>Close review</summary>
              <div className="mt-3 max-w-md space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
                <p className="text-sm font-semibold text-amber-950">Decisions cannot change afterwards. Close the review for you both?</p>
                <form action={closeReviewAction}>
                  <input type="hidden" name="pairingId" value={session.pairingId} />
                  <input type="hidden" name="sessionId" value={session.id} />
                  <input type="hidden" name="confirm" value="yes" />
                  <SubmitButton pendingLabel="Closing…">Yes, close the review</SubmitButton>
                </form>
              </div>
            </details>
          </Card>
        </section>
      ) : null}
    </div>
  );
}
