// "Your buddy commented": at most one email per pairing per hour for each recipient. The first
// comment or cheer of an hour is emailed at once; later ones go into one email at the start of
// the next hour, which summarises everything since the last email that was sent.
import type { DbClient } from "@/lib/db";
import { activePairingWhere } from "./active-pairings";
import { buddyActivityMessage, type ActivityItem } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import { enqueueDelivery, type ClaimedDelivery } from "@/lib/reminders/ledger";
import { unsubscribeParts } from "@/lib/unsubscribe/links";
import type { EmailMessage } from "@/lib/email";

export const BUDDY_ACTIVITY_KIND = "buddy-activity";
const HOUR = 60 * 60 * 1000;

/** Queues the email; returns the id of a row to send right away, or null when it waits for the next hour. */
export async function queueBuddyActivityEmail(db: DbClient, input: { recipient: { id: string; email: string }; pairingId: string; now: Date }): Promise<string | null> {
  const hourStart = new Date(Math.floor(input.now.getTime() / HOUR) * HOUR);
  const base = { kind: BUDDY_ACTIVITY_KIND, recipientId: input.recipient.id, recipientEmail: input.recipient.email, subjectId: input.pairingId };
  const thisHour = await enqueueDelivery(db, { ...base, dueKey: hourStart.toISOString(), dueAt: input.now });
  if (thisHour) return thisHour;
  const nextHour = new Date(hourStart.getTime() + HOUR);
  await enqueueDelivery(db, { ...base, dueKey: nextHour.toISOString(), dueAt: nextHour });
  return null;
}

/** Renders the summary at send time; null (skip) when the pairing ended or nothing is new. */
export async function renderBuddyActivity(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  if (!delivery.recipientId) return null;
  const pairing = await db.buddyPairing.findFirst({
    where: { id: delivery.subjectId, ...activePairingWhere(delivery.recipientId) },
    select: {
      id: true,
      startedAt: true,
      userA: { select: { id: true, name: true, buddyActivityEmailsEnabled: true } },
      userB: { select: { id: true, name: true, buddyActivityEmailsEnabled: true } },
    },
  });
  if (!pairing) return null;
  const recipient = pairing.userA.id === delivery.recipientId ? pairing.userA : pairing.userB;
  // The in-app notification was created either way; only the email is optional.
  if (!recipient.buddyActivityEmailsEnabled) return null;
  const other = pairing.userA.id === delivery.recipientId ? pairing.userB : pairing.userA;
  const lastSent = await db.emailDelivery.findFirst({
    where: { kind: BUDDY_ACTIVITY_KIND, recipientEmail: delivery.recipientEmail, subjectId: pairing.id, status: "SENT" },
    select: { sentAt: true },
    orderBy: { sentAt: "desc" },
  });
  const since = lastSent?.sentAt ?? pairing.startedAt;
  const [comments, comebacks, planMoves] = await Promise.all([
    db.comment.findMany({
      where: { authorId: other.id, createdAt: { gt: since }, checkIn: { goal: { ownerId: { in: [recipient.id, other.id] }, visibility: "BUDDIES" } } },
      select: { kind: true, body: true, checkIn: { select: { goal: { select: { id: true, title: true, ownerId: true } } } } },
      orderBy: { createdAt: "asc" },
      take: 50,
    }),
    // The other person's comebacks on goals they share (never a private goal's title).
    db.checkIn.findMany({
      where: { authorId: other.id, comeback: true, createdAt: { gt: since }, goal: { ownerId: other.id, visibility: "BUDDIES", status: { not: "DROPPED" } } },
      select: { goal: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
      take: 10,
    }),
    // Moves on if-then plans: the other reviewed one of the recipient's steps, or answered the
    // recipient's question about one of theirs (on a goal still shared).
    db.microGoal.findMany({
      where: {
        OR: [
          { planReviewedById: other.id, planReviewedAt: { gt: since }, goal: { ownerId: recipient.id } },
          { planReviewedById: recipient.id, planAnsweredAt: { gt: since }, goal: { ownerId: other.id, visibility: "BUDDIES", status: { not: "DROPPED" } } },
        ],
      },
      select: { title: true, planReview: true, planQuestion: true, planAnswer: true, planReviewedById: true, goal: { select: { id: true } } },
      orderBy: { updatedAt: "asc" },
      take: 20,
    }),
  ]);
  const planItems = planMoves.flatMap((step): ActivityItem[] => {
    if (step.planReviewedById === recipient.id) return step.planAnswer ? [{ kind: "PLAN_ANSWER", goalTitle: step.title, body: step.planAnswer }] : [];
    if (step.planReview === "APPROVED") return [{ kind: "PLAN_APPROVED", goalTitle: step.title, body: "" }];
    return step.planReview === "QUESTION" && step.planQuestion ? [{ kind: "PLAN_QUESTION", goalTitle: step.title, body: step.planQuestion }] : [];
  });
  if (comments.length === 0 && comebacks.length === 0 && planItems.length === 0) return null;
  // The recipient's own goal when the first news is about it; otherwise the buddy page.
  const firstComment = comments[0]?.checkIn.goal;
  const firstPlan = planMoves[0];
  const ownGoalId = comebacks.length > 0 ? undefined : firstComment ? (firstComment.ownerId === recipient.id ? firstComment.id : undefined) : firstPlan?.planReviewedById === other.id ? firstPlan.goal.id : undefined;
  const url = appUrl(ownGoalId ? `/goals/${ownGoalId}` : `/buddies/${pairing.id}`);
  const { headers, unsubscribe } = unsubscribeParts(recipient.id, "buddy-activity");
  return {
    to: delivery.recipientEmail,
    headers,
    ...buddyActivityMessage({
      unsubscribe,
      name: recipient.name,
      otherName: other.name,
      items: [...comebacks.map((checkIn) => ({ kind: "COMEBACK" as const, goalTitle: checkIn.goal.title, body: "" })), ...comments.map((comment) => ({ kind: comment.kind, goalTitle: comment.checkIn.goal.title, body: comment.body })), ...planItems],
      url,
    }),
  };
}
