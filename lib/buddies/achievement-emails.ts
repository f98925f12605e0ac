// Rendering the achievement news and the celebration invitation at send time, from the current
// rows: an email whose pairing ended, whose goal is no longer achieved, or whose celebration
// moved since it was queued is skipped.
import type { DbClient } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import { buddyAchievementMessage, celebrationInviteMessage, type EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import { buildReviewInvite, inviteContentType, mailboxAddress } from "@/lib/calendar/review-invite";
import { formatReviewTime } from "@/lib/reviews/review-time";
import type { ClaimedDelivery } from "@/lib/reminders/ledger";
import { unsubscribeParts } from "@/lib/unsubscribe/links";
import { achievementPathForBuddy } from "./achievement-kinds";

export const CELEBRATION_MINUTES = 60;
export const celebrationUid = (shareId: string) => `celebration-${shareId}@stepwise`;

const person = { select: { id: true, name: true, email: true, timeZone: true, buddyAchievementEmailsEnabled: true } } as const;

function loadShare(db: DbClient, id: string) {
  return db.achievementShare.findUnique({
    where: { id },
    select: {
      id: true,
      pairingId: true,
      celebrateStartsAt: true,
      celebrateSequence: true,
      pairing: { select: { status: true } },
      recipient: person,
      goal: { select: { id: true, title: true, reward: true, status: true, owner: person } },
    },
  });
}

export async function renderBuddyAchievement(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const share = await loadShare(db, delivery.subjectId);
  if (!share || share.pairing.status !== "ACTIVE" || share.goal.status !== "ACHIEVED" || share.recipient.id !== delivery.recipientId) return null;
  // The in-app notification was created either way; only the email is optional.
  if (!share.recipient.buddyAchievementEmailsEnabled) return null;
  const { headers, unsubscribe } = unsubscribeParts(share.recipient.id, "buddy-achievements");
  return {
    to: delivery.recipientEmail,
    headers,
    ...buddyAchievementMessage({
      name: share.recipient.name,
      otherName: share.goal.owner.name,
      goalTitle: share.goal.title,
      reward: share.goal.reward,
      url: appUrl(achievementPathForBuddy(share.pairingId, share.goal.id)),
      unsubscribe,
    }),
  };
}

export async function renderCelebrationInvite(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const share = await loadShare(db, delivery.subjectId);
  if (!share?.celebrateStartsAt || share.pairing.status !== "ACTIVE" || share.goal.status !== "ACHIEVED") return null;
  if (delivery.dueKey !== `seq:${share.celebrateSequence}`) return null;
  const owner = share.goal.owner;
  const buddy = share.recipient;
  const me = delivery.recipientId === owner.id ? owner : delivery.recipientId === buddy.id ? buddy : null;
  if (!me) return null;
  const other = me === owner ? buddy : owner;
  const path = me === owner ? `/achievements#goal-${share.goal.id}` : achievementPathForBuddy(share.pairingId, share.goal.id);
  const url = appUrl(path);
  const content = buildReviewInvite({
    method: "REQUEST",
    uid: celebrationUid(share.id),
    sequence: share.celebrateSequence,
    startsAt: share.celebrateStartsAt,
    durationMinutes: CELEBRATION_MINUTES,
    summary: `Celebrate “${share.goal.title}”: ${owner.name} & ${buddy.name}`,
    description: `${owner.name} reached “${share.goal.title}”.${share.goal.reward ? ` Reward: ${share.goal.reward}.` : ""} Time to celebrate together.`,
    url,
    organizer: { name: "Stepwise", email: mailboxAddress(getEnv().EMAIL_FROM) },
    attendees: [owner, buddy].map(({ name, email }) => ({ name, email })),
    now: new Date(),
  });
  return {
    to: delivery.recipientEmail,
    ...celebrationInviteMessage({
      name: me.name,
      otherName: other.name,
      goalTitle: share.goal.title,
      reward: share.goal.reward,
      whenText: formatReviewTime(share.celebrateStartsAt, CELEBRATION_MINUTES, me.timeZone),
      url,
      organizerIsYou: me === owner,
      update: share.celebrateSequence > 0,
    }),
    attachments: [{ filename: "invite.ics", content, contentType: inviteContentType("REQUEST") }],
  };
}
