// A review's time as the reader reads it, and on a second line as the buddy does when their
// time zone differs: both people agree on one moment without doing the arithmetic.
import { formatReviewTime } from "@/lib/reviews/review-time";

type Props = {
  slot: { startsAt: Date; durationMinutes: number };
  timeZone: string;
  buddy: { name: string; timeZone: string };
  /** How the reader's own line stands out where it is shown. */
  className: string;
};

export function ReviewTimes({ slot, timeZone, buddy, className }: Props) {
  return (
    <>
      <p className={className}>
        <time dateTime={slot.startsAt.toISOString()}>{formatReviewTime(slot.startsAt, slot.durationMinutes, timeZone)}</time>
      </p>
      {buddy.timeZone !== timeZone ? (
        <p className="text-sm text-slate-700">
          For {buddy.name}: {formatReviewTime(slot.startsAt, slot.durationMinutes, buddy.timeZone)}
        </p>
      ) : null}
    </>
  );
}
