// The email to the person asked to answer a proposed review time, through the delivery ledger.
// One row per proposal (dueKey "proposal:<n>"); a proposal confirmed, replaced or voided by a
// reschedule before the row is sent renders as null and is skipped.
import type { DbClient } from "@/lib/db";
import { reviewTimeProposedMessage, type EmailMessage } from "@/lib/email";
import type { ClaimedDelivery } from "@/lib/reminders/ledger";
import { formatReviewTime } from "./review-time";
import { reviewUrl } from "./review-links";
import { readerAndOther, reviewEmailPersonSelect, reviewEmailSessionSelect, reviewGreeting } from "./review-email-parts";

export const REVIEW_PROPOSAL_KIND = "review-time-proposal";
export const proposalKey = (proposalCount: number) => `proposal:${proposalCount}`;

export async function renderReviewTimeProposal(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const session = await db.reviewSession.findUnique({
    where: { id: delivery.subjectId },
    select: {
      ...reviewEmailSessionSelect,
      proposedStartsAt: true,
      proposedDurationMinutes: true,
      proposedById: true,
      proposalCount: true,
      pairing: { select: { status: true, userA: reviewEmailPersonSelect, userB: reviewEmailPersonSelect } },
    },
  });
  if (!session || session.status !== "SCHEDULED" || session.pairing.status !== "ACTIVE") return null;
  if (delivery.dueKey !== proposalKey(session.proposalCount) || !session.proposedStartsAt || !session.proposedDurationMinutes) return null;
  const people = readerAndOther(session.pairing, delivery.recipientId);
  // Only the person who did not propose is asked.
  if (!people || session.proposedById !== people.other.id) return null;
  const { me, other: proposer } = people;
  return {
    to: delivery.recipientEmail,
    ...reviewTimeProposedMessage({
      ...reviewGreeting(people, { startsAt: session.proposedStartsAt, durationMinutes: session.proposedDurationMinutes }),
      otherWhenText: proposer.timeZone === me.timeZone ? null : formatReviewTime(session.proposedStartsAt, session.proposedDurationMinutes, proposer.timeZone),
      bookedText: formatReviewTime(session.startsAt, session.durationMinutes, me.timeZone),
      url: reviewUrl(session.pairingId, session.id),
    }),
  };
}
