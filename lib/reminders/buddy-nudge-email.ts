// Renders buddy nudges at send time. Skipped when the pairing ended, the buddy turned nudges
// off, the goal is no longer shared, open or due that day, or (for check-in nudges) the other
// person has checked in since the silence the nudge is about began.
import type { DbClient } from "@/lib/db";
import { buddyCheckInNudgeMessage, buddyDeadlineNudgeMessage, type EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import { daysBetween } from "@/lib/time/calendar-math";
import { formatCalendarDate, fromDbDate, todayIn } from "@/lib/time/calendar-date";
import { unsubscribeParts } from "@/lib/unsubscribe/links";
import { activePairingBetween, activePairingBetweenWhere } from "@/lib/buddies/active-pairings";
import type { ClaimedDelivery } from "./ledger";

const CADENCE_LABELS = { WEEKLY: "every week", BIWEEKLY: "every two weeks", MONTHLY: "every month" } as const;

export async function renderBuddyDeadlineNudge(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const match = /^(\d{4}-\d{2}-\d{2}):-(\d+)d$/.exec(delivery.dueKey);
  if (!match?.[1] || !delivery.recipientId) return null;
  const [deadline, daysLeft] = [match[1], Number(match[2])];
  const [buddy, goal] = await Promise.all([
    db.user.findFirst({ where: { id: delivery.recipientId, buddyNudgesEnabled: true }, select: { id: true, name: true } }),
    db.goal.findFirst({
      where: { id: delivery.subjectId, status: "ACTIVE", visibility: "BUDDIES" },
      select: { title: true, deadline: true, owner: { select: { id: true, name: true } } },
    }),
  ]);
  if (!buddy || !goal || fromDbDate(goal.deadline) !== deadline) return null;
  const pairing = await activePairingBetween(db, buddy.id, goal.owner.id);
  if (!pairing) return null;
  const { headers, unsubscribe } = unsubscribeParts(buddy.id, "buddy-nudges");
  const content = buddyDeadlineNudgeMessage({
    name: buddy.name,
    buddyName: goal.owner.name,
    goalTitle: goal.title,
    deadlineLabel: formatCalendarDate(deadline, "long"),
    daysLeft,
    url: appUrl(`/buddies/${pairing.id}`),
    unsubscribe,
  });
  return { to: delivery.recipientEmail, ...content, headers };
}

export async function renderBuddyCheckInNudge(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const match = /^([0-9a-f-]{36}):(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(delivery.dueKey);
  if (!match?.[1] || !match[2] || !delivery.recipientId) return null;
  const [ownerId, silentSince] = [match[1], match[2]];
  const pairing = await db.buddyPairing.findFirst({
    where: { id: delivery.subjectId, ...activePairingBetweenWhere(ownerId, delivery.recipientId) },
    select: { id: true, checkInCadence: true, userA: { select: { id: true, name: true, timeZone: true, buddyNudgesEnabled: true } }, userB: { select: { id: true, name: true, timeZone: true, buddyNudgesEnabled: true } } },
  });
  if (!pairing) return null;
  const [buddy, owner] = pairing.userA.id === delivery.recipientId ? [pairing.userA, pairing.userB] : [pairing.userB, pairing.userA];
  if (!buddy.buddyNudgesEnabled) return null;
  const latest = await db.checkIn.findFirst({
    where: { authorId: owner.id, goal: { ownerId: owner.id, visibility: "BUDDIES" } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  if (latest && todayIn(buddy.timeZone, latest.createdAt) > silentSince) return null;
  const { headers, unsubscribe } = unsubscribeParts(buddy.id, "buddy-nudges");
  const content = buddyCheckInNudgeMessage({
    name: buddy.name,
    buddyName: owner.name,
    daysSilent: daysBetween(silentSince, todayIn(buddy.timeZone, delivery.dueAt)),
    cadenceLabel: CADENCE_LABELS[pairing.checkInCadence],
    url: appUrl(`/buddies/${pairing.id}`),
    unsubscribe,
  });
  return { to: delivery.recipientEmail, ...content, headers };
}
