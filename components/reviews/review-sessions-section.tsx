// A pairing's review sessions on its page: the next session (in my zone and, when it differs,
// my buddy's), rescheduling and cancelling it, a time proposed instead and its answer, booking one when none is scheduled (a chosen
// time or the suggested slot), and past sessions with their decisions.
import Link from "next/link";
import type { PairingReviews, PastReview } from "@/lib/reviews/history";
import { describeDecision } from "@/lib/reviews/decision-effects";
import { formatReviewTime, localParts } from "@/lib/reviews/review-time";
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmTwice } from "@/components/ui/confirm-twice";
import type { AlternativeSlot } from "@/lib/reviews/propose-time";
import { ScheduleReviewForm, ScheduleSuggestedButton, type ScheduleFormState } from "./schedule-review-form";
import { TimeProposal } from "./time-proposal";
import { ReviewTimes } from "./review-times";

type Props = {
  pairingId: string;
  reviews: PairingReviews;
  suggestion: { date: string; time: string; durationMinutes: number; startsAt: Date; withinBothHours: boolean };
  timeZone: string;
  olderHref: string | null;
  /** Where "propose another time" starts, when a session is booked. */
  alternative: AlternativeSlot | null;
  actions: {
    schedule: FormAction;
    scheduleSuggested: FormAction;
    reschedule: FormAction;
    cancel: PlainAction;
    propose: (state: ScheduleFormState, formData: FormData) => Promise<ScheduleFormState>;
    confirm: FormAction;
  };
};

export function decisionOutcome(decision: Parameters<typeof describeDecision>[0]): string {
  const text = describeDecision(decision, (date) => formatCalendarDate(date), formatNumber);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function PastReviewItem({ pairingId, review, timeZone }: { pairingId: string; review: PastReview; timeZone: string }) {
  return (
    <li className="space-y-2 border-t border-slate-100 pt-4 first:border-t-0 first:pt-0">
      <p className="font-semibold text-slate-900">
        <time dateTime={review.startsAt.toISOString()}>{formatReviewTime(review.startsAt, review.durationMinutes, timeZone)}</time>
        {review.status === "CANCELLED" ? <span className="ml-2 text-sm font-medium text-slate-600">(cancelled)</span> : null}
      </p>
      {review.decisions.length > 0 ? (
        <ul className="space-y-1 text-sm text-slate-800" aria-label="Decisions">
          {review.decisions.map((decision) => (
            <li key={decision.goalId}>
              <span className="font-medium">{`${decision.ownerIsMe ? "Your" : `${decision.ownerName}'s`} “${decision.goalTitle}”`}</span>
              {`: ${decisionOutcome(decision)}`}
              {decision.note ? <span className="text-slate-600">{` (${decision.note})`}</span> : null}
            </li>
          ))}
        </ul>
      ) : review.status === "COMPLETED" ? (
        <p className="text-sm text-slate-600">No decisions were recorded.</p>
      ) : null}
      {review.notes ? <p className="whitespace-pre-line text-sm text-slate-700">{`Notes: ${review.notes}`}</p> : null}
      {review.status === "COMPLETED" ? (
        <Link href={`/buddies/${pairingId}/reviews/${review.id}`} className="text-sm font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
          See this review
        </Link>
      ) : null}
    </li>
  );
}

export function ReviewSessionsSection({ pairingId, reviews, suggestion, timeZone, olderHref, alternative, actions }: Props) {
  const { next, buddy, past } = reviews;
  const suggestionText = formatReviewTime(suggestion.startsAt, suggestion.durationMinutes, timeZone);
  return (
    <section aria-labelledby="reviews-heading">
      <Card className="space-y-6">
        <div>
          <h2 id="reviews-heading" className="scroll-mt-6 text-xl font-semibold">
            Review sessions
          </h2>
          <p className="mt-1 text-sm text-slate-600">Go through your shared goals together, decide what to keep, adjust, drop or celebrate, and book the next one.</p>
        </div>

        {next ? (
          <div className="space-y-4" data-testid="next-review">
            <div>
              <h3 className="text-lg font-semibold">Next review</h3>
              <ReviewTimes slot={next} timeZone={timeZone} buddy={buddy} className="mt-1 text-slate-900" />
              <p className="text-sm text-slate-600">Scheduled by {next.bookedByMe ? "you" : next.scheduledByName}.</p>
            </div>
            {alternative ? <TimeProposal pairingId={pairingId} review={next} buddy={buddy} timeZone={timeZone} alternative={alternative} actions={actions} /> : null}
            <div className="flex flex-wrap items-start gap-3">
              <ButtonLink href={`/buddies/${pairingId}/reviews/${next.id}`}>Open session</ButtonLink>
              {/* Cancelling asks twice: the first button only opens the confirmation (no script). */}
              <ConfirmTwice
                label="Cancel this review"
                warning={<>You and {buddy.name} both get an email that removes it from your calendars. You can book another one afterwards.</>}
                action={actions.cancel}
                fields={{ pairingId, sessionId: next.id }}
                confirmLabel="Yes, cancel the review"
                pendingLabel="Cancelling…"
                width="max-w-md"
              />
            </div>
            <details className="rounded-xl border border-slate-200 p-4">
              <summary className={buttonClasses("ghost", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>Reschedule</summary>
              <div className="mt-3">
                <ScheduleReviewForm action={actions.reschedule} pairingId={pairingId} sessionId={next.id} defaults={{ ...localParts(next.startsAt, timeZone), durationMinutes: next.durationMinutes }} timeZone={timeZone} submitLabel="Move the review" buddy={buddy} idPrefix="reschedule" />
              </div>
            </details>
          </div>
        ) : (
          <div className="space-y-5">
            <div className="space-y-2">
              <h3 className="text-lg font-semibold">Suggested</h3>
              <p className="text-slate-800">{suggestionText}</p>
              {buddy.timeZone !== timeZone ? (
                <p className="text-sm text-slate-600" data-testid="suggested-buddy-time">
                  For {buddy.name}: {formatReviewTime(suggestion.startsAt, suggestion.durationMinutes, buddy.timeZone)}
                </p>
              ) : null}
              <p className="text-sm text-slate-600">{suggestion.withinBothHours ? `Inside 08:00–21:00 on a weekday for you both, and clear of your other sessions.` : `No weekday time inside 08:00–21:00 suits you both in the next two months: this one is outside someone's hours.`}</p>
              <ScheduleSuggestedButton action={actions.scheduleSuggested} pairingId={pairingId} label="Schedule the suggested slot" />
            </div>
            <div className="space-y-2 border-t border-slate-100 pt-5">
              <h3 className="text-lg font-semibold">Or choose a time</h3>
              <ScheduleReviewForm action={actions.schedule} pairingId={pairingId} defaults={{ date: suggestion.date, time: suggestion.time, durationMinutes: suggestion.durationMinutes }} timeZone={timeZone} submitLabel="Schedule review" buddy={buddy} idPrefix="schedule" />
            </div>
          </div>
        )}

        <div className="space-y-3 border-t border-slate-100 pt-5">
          <h3 className="text-lg font-semibold">Past reviews</h3>
          {past.length === 0 ? (
            <p className="text-sm text-slate-600">No past reviews yet.</p>
          ) : (
            <ol className="space-y-4" aria-label="Past reviews, newest first">
              {past.map((review) => (
                <PastReviewItem key={review.id} pairingId={pairingId} review={review} timeZone={timeZone} />
              ))}
            </ol>
          )}
          {olderHref ? (
            <Link href={olderHref} className="text-sm font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Older reviews
            </Link>
          ) : null}
        </div>
      </Card>
    </section>
  );
}
