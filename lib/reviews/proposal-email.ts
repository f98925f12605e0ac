// The email to the person asked to answer a proposed review time, through the delivery ledger.
// One row per proposal (dueKey "proposal:<n>"); a proposal confirmed, replaced or voided by a
// reschedule before the row is sent renders as null and is skipped.
import type { DbClient } from "@/lib/db";
import { reviewTimeProposedMessage, type EmailMessage } from "@/lib/email";
import type { ClaimedDelivery } from "@/lib/reminders/ledger";
import { formatReviewTime } from "./review-time";
import { reviewUrl } from "./review-links";

export const REVIEW_PROPOSAL_KIND = "review-time-proposal";
export const proposalKey = (proposalCount: number) => `proposal:${proposalCount}`;

const personSelect = { select: { id: true, name: true, timeZone: true } } as const;

export async function renderReviewTimeProposal(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const session = await db.reviewSession.findUnique({
    where: { id: delivery.subjectId },
    select: {
      id: true,
      pairingId: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      proposedStartsAt: true,
      proposedDurationMinutes: true,
      proposedById: true,
      proposalCount: true,
      pairing: { select: { status: true, userA: personSelect, userB: personSelect } },
    },
  });
  if (!session || session.status !== "SCHEDULED" || session.pairing.status !== "ACTIVE") return null;
  if (delivery.dueKey !== proposalKey(session.proposalCount) || !session.proposedStartsAt || !session.proposedDurationMinutes) return null;
  const { userA, userB } = session.pairing;
  const me = delivery.recipientId === userA.id ? userA : delivery.recipientId === userB.id ? userB : null;
  const proposer = me === userA ? userB : userA;
  // Only the person who did not propose is asked.
  if (!me || session.proposedById !== proposer.id) return null;
  return {
    to: delivery.recipientEmail,
    ...reviewTimeProposedMessage({
      name: me.name,
      otherName: proposer.name,
      whenText: formatReviewTime(session.proposedStartsAt, session.proposedDurationMinutes, me.timeZone),
      otherWhenText: proposer.timeZone === me.timeZone ? null : formatReviewTime(session.proposedStartsAt, session.proposedDurationMinutes, proposer.timeZone),
      bookedText: formatReviewTime(session.startsAt, session.durationMinutes, me.timeZone),
      url: reviewUrl(session.pairingId, session.id),
    }),
  };
}
