// The summary both people get when a review is closed, rendered at send time from the session:
// every decision (on goals still shared), the shared notes, and when the next review is.
import type { DbClient } from "@/lib/db";
import { reviewSummaryMessage, type EmailMessage } from "@/lib/email";
import type { ClaimedDelivery } from "@/lib/reminders/ledger";
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { describeDecision } from "./decision-effects";
import { decisionSelect, toDecisionDto } from "./review-dto";
import { reviewUrl } from "./review-links";
import { formatReviewTime } from "./review-time";
import { readerAndOther, reviewEmailPersonSelect, reviewEmailSessionSelect, reviewGreeting } from "./review-email-parts";

export const REVIEW_SUMMARY_KIND = "review-summary";
export const SUMMARY_DUE_KEY = "completed";

export async function renderReviewSummary(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const session = await db.reviewSession.findUnique({
    where: { id: delivery.subjectId },
    select: { ...reviewEmailSessionSelect, notes: true, pairing: { select: { userA: reviewEmailPersonSelect, userB: reviewEmailPersonSelect } } },
  });
  if (!session || session.status !== "COMPLETED") return null;
  const reader = readerAndOther(session.pairing, delivery.recipientId);
  if (!reader) return null;
  const { me, other } = reader;
  const { userA, userB } = session.pairing;
  const [decisions, next] = await Promise.all([
    db.reviewDecision.findMany({
      where: { sessionId: session.id, goal: { visibility: "BUDDIES", ownerId: { in: [userA.id, userB.id] } } },
      select: { ...decisionSelect, goal: { select: { title: true, ownerId: true } } },
      orderBy: [{ goal: { ownerId: "asc" } }, { goal: { title: "asc" } }],
      take: 200,
    }),
    db.reviewSession.findFirst({ where: { pairingId: session.pairingId, status: "SCHEDULED" }, select: { startsAt: true, durationMinutes: true } }),
  ]);
  const people = [userA, userB];
  return {
    to: delivery.recipientEmail,
    ...reviewSummaryMessage({
      ...reviewGreeting(reader, session),
      url: reviewUrl(session.pairingId, session.id),
      notes: session.notes,
      nextWhenText: next ? formatReviewTime(next.startsAt, next.durationMinutes, me.timeZone) : null,
      decisions: decisions.map((row) => {
        const dto = toDecisionDto(row, people, me.id);
        return {
          ownerName: row.goal.ownerId === me.id ? "You" : other.name,
          goalTitle: row.goal.title,
          outcome: describeDecision(dto, (date) => formatCalendarDate(date), formatNumber),
          note: dto.note,
        };
      }),
    }),
  };
}
