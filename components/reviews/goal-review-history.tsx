// "Review decisions" on the owner's goal page: what each review with a buddy decided about
// this goal, and what it changed (deadline or target from → to).
import Link from "next/link";
import type { GoalReviewDecision } from "@/lib/reviews/history";
import { formatDayMonthYear } from "@/lib/time/format";
import { CardSection } from "@/components/ui/card-section";
import { decisionOutcome } from "./review-sessions-section";

export function GoalReviewHistory({ decisions, timeZone }: { decisions: GoalReviewDecision[]; timeZone: string }) {
  if (decisions.length === 0) return null;
  return (
    <CardSection id="review-decisions" title="Review decisions" small>
      <ol className="space-y-3" aria-label="Review decisions, newest first">
        {decisions.map((decision) => (
          <li key={decision.sessionId} className="text-sm text-slate-800">
            <p>
              <Link href={`/buddies/${decision.pairingId}/reviews/${decision.sessionId}`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
                Review with {decision.buddyName}, <time dateTime={decision.sessionStartsAt.toISOString()}>{formatDayMonthYear(decision.sessionStartsAt, timeZone)}</time>
              </Link>
              {decision.sessionStatus === "SCHEDULED" ? " (in progress)" : decision.sessionStatus === "CANCELLED" ? " (cancelled)" : ""}
            </p>
            <p data-testid="review-decision">{decisionOutcome(decision)}</p>
            {decision.note ? <p className="text-slate-600">“{decision.note}”</p> : null}
            {decision.updatedBy ? <p className="text-slate-600">Saved by {decision.updatedBy.isMe ? "you" : decision.updatedBy.name}</p> : null}
          </li>
        ))}
      </ol>
    </CardSection>
  );
}
