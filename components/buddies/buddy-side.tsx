// The buddy's side of the dashboard (see lib/buddies/buddy-side.ts). Server-rendered, no script.
import Link from "next/link";
import type { BuddySide as BuddySideData } from "@/lib/buddies/buddy-side";
import { BUDDY_SIDE_DAYS } from "@/lib/buddies/buddy-side";
import { formatReviewTime } from "@/lib/reviews/review-time";
import { ButtonLink } from "@/components/ui/button";
import { formatDayMonthYear } from "@/lib/time/format";

export function BuddySide({ side, timeZone }: { side: BuddySideData; timeZone: string }) {
  return (
    <section aria-labelledby="buddy-side-heading" className="space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="buddy-side-heading" className="text-xl font-semibold">
        Your buddies
      </h2>
      {!side.hasBuddy ? (
        <div className="space-y-3">
          <p className="text-slate-700">Goals are easier to keep with someone who checks in with you. Invite a friend or colleague to be your accountability buddy.</p>
          <ButtonLink href="/buddies">Invite a buddy</ButtonLink>
        </div>
      ) : (
        <>
          {side.checkInsDue.length > 0 ? (
            <div className="rounded-xl border border-amber-300 bg-amber-50 p-4">
              <h3 className="font-semibold text-amber-950">Time to check in</h3>
              <ul className="mt-1 space-y-1 text-sm text-amber-950">
                {side.checkInsDue.map((goal) => (
                  <li key={goal.goalId}>
                    <Link href={`/goals/${goal.goalId}#check-in-heading`} className="font-semibold underline underline-offset-4">
                      {goal.title}
                    </Link>
                    : {goal.daysSince === null ? "no check-in yet" : `last check-in ${goal.daysSince} days ago`} (you agreed every {goal.cadenceDays} days).
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm text-amber-950">Nothing resets after a break: your next check-in counts as a comeback.</p>
            </div>
          ) : null}
          <div>
            <h3 className="font-semibold text-slate-900">Next reviews</h3>
            {side.reviews.length === 0 ? (
              <p className="text-sm text-slate-700">No review booked. Book one on your buddy&apos;s page.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm text-slate-800">
                {side.reviews.map((review) => (
                  <li key={review.sessionId}>
                    With {review.buddyName}:{" "}
                    <Link href={`/buddies/${review.pairingId}/reviews/${review.sessionId}`} className="link">
                      {formatReviewTime(review.startsAt, review.durationMinutes, timeZone)}
                    </Link>
                    {review.newTimeProposed ? <span className="font-medium text-amber-900">{` · ${review.buddyName} proposed another time: confirm it or propose another`}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3 className="font-semibold text-slate-900">Lately, from your buddies</h3>
            {side.items.length === 0 ? (
              <p className="text-sm text-slate-700">Nothing in the last {BUDDY_SIDE_DAYS} days.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm text-slate-800" aria-label="What your buddies did lately, newest first">
                {side.items.map((item) => (
                  <li key={item.link}>
                    {item.buddyName}{" "}
                    <Link href={item.link} className="link">
                      {item.text}
                    </Link>{" "}
                    <span className="text-slate-600">· {formatDayMonthYear(item.at, timeZone)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
