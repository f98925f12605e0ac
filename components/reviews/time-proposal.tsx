// A booked review's answer in time: the time one of the two proposed instead (both local times),
// who must answer it, and the forms to confirm it or propose another. Shown on the pairing's
// page and on the review page, so both people see the same state wherever they look.
import type { NextReview } from "@/lib/reviews/history";
import type { AlternativeSlot } from "@/lib/reviews/propose-time";
import { formatReviewTime } from "@/lib/reviews/review-time";
import type { FormAction } from "@/lib/validation/form-action";
import { buttonClasses } from "@/components/ui/button";
import { ConfirmProposedTimeButton } from "./confirm-proposed-time-button";
import { ScheduleReviewForm, type ScheduleFormState } from "./schedule-review-form";
import { ReviewTimes } from "./review-times";

type Props = {
  pairingId: string;
  review: NextReview;
  buddy: { name: string; timeZone: string };
  timeZone: string;
  alternative: AlternativeSlot;
  /** The level that fits under the surrounding heading. */
  headingLevel?: "h3" | "h4";
  actions: { propose: (state: ScheduleFormState, formData: FormData) => Promise<ScheduleFormState>; confirm: FormAction };
};

function ProposeForm({ pairingId, review, buddy, timeZone, alternative, actions, label }: Props & { label: string }) {
  return (
    <details className="rounded-xl border border-slate-200 p-4" data-testid="propose-time">
      <summary className={buttonClasses("ghost", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>{label}</summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm text-slate-700">
          {alternative.withinBothHours ? "Suggested: " : "No weekday time inside 08:00–21:00 suits you both soon. Starting from: "}
          <time dateTime={alternative.startsAt.toISOString()}>{formatReviewTime(alternative.startsAt, alternative.durationMinutes, timeZone)}</time>
          {alternative.withinBothHours ? ", inside 08:00–21:00 on a weekday for you both and clear of your other sessions." : "."}
        </p>
        <ScheduleReviewForm action={actions.propose} pairingId={pairingId} sessionId={review.id} defaults={{ date: alternative.date, time: alternative.time, durationMinutes: alternative.durationMinutes }} timeZone={timeZone} submitLabel="Propose this time" buddy={buddy} idPrefix="propose" />
      </div>
    </details>
  );
}

export function TimeProposal(props: Props) {
  const { pairingId, review, buddy, timeZone, actions } = props;
  const Heading = props.headingLevel ?? "h4";
  const { proposal } = review;
  if (!proposal) {
    // The one who booked moves the session directly (Reschedule); the other answers with a proposal.
    if (review.bookedByMe) return null;
    return <ProposeForm {...props} label="Propose another time" />;
  }
  const times = <ReviewTimes slot={proposal} timeZone={timeZone} buddy={buddy} className="font-semibold text-slate-900" />;
  if (proposal.byMe) {
    return (
      <div className="space-y-3" data-testid="time-proposal">
        <div className="rounded-xl border border-sky-200 bg-sky-50 p-4">
          <Heading className="font-semibold text-sky-900">You proposed another time</Heading>
          {times}
          <p className="mt-1 text-sm text-slate-700">Waiting for {buddy.name} to confirm it. Until then the booked time stands.</p>
        </div>
        <ProposeForm {...props} label="Change your proposal" />
      </div>
    );
  }
  return (
    <div className="space-y-3" data-testid="time-proposal">
      <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4">
        <Heading className="font-semibold text-amber-950">{proposal.byName} proposed another time</Heading>
        {times}
        <p className="text-sm text-slate-700">Until you confirm it, the booked time stands. Confirming sends you both the updated invitation.</p>
        <ConfirmProposedTimeButton action={actions.confirm} pairingId={pairingId} sessionId={review.id} proposal={proposal.count} />
      </div>
      <ProposeForm {...props} label="Propose another time" />
    </div>
  );
}
