// A person's buddy pairings: listing them with their agreed rules, changing the rules,
// choosing which goals are shared, and ending a pairing.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { buddyPairingEndedMessage } from "@/lib/email";
import { sendComposedEmail } from "@/lib/reminders/composed-email";
import { appUrl } from "@/lib/account/links";
import { NotFoundError } from "@/lib/errors";
import { activePairingWhere } from "./active-pairings";
import { cancelScheduledReviewOfEndingPairing, sendQueuedReviewEmails } from "@/lib/reviews/schedule-review";
import { authorizeBuddy } from "./authorize";
import { cadenceLabel, type CheckInCadence } from "./rules";
import type { PairingRules } from "./schemas";

export type PairingSummary = {
  id: string;
  buddy: { id: string; name: string };
  startedAt: Date;
  rules: PairingRules & { checkInCadence: CheckInCadence };
  rulesUpdatedAt: Date | null;
  rulesUpdatedByBuddy: boolean;
  /** "Our agreement" in one sentence, for both dashboards. */
  agreement: string;
};

const reviewLabel: Record<number, string> = { 1: "every month", 3: "every quarter", 6: "twice a year" };

export function describeAgreement(rules: PairingRules): string {
  const review = reviewLabel[rules.reviewCadenceMonths] ?? `every ${rules.reviewCadenceMonths} months`;
  const lead = rules.reminderLeadDays === 0 ? "on the day of a shared deadline" : `${rules.reminderLeadDays} days before a shared deadline`;
  return `We check in ${cadenceLabel(rules.checkInCadence as CheckInCadence).toLowerCase()}, remind each other ${lead}, and review our goals together ${review}${rules.reviewSchedule ? ` (${rules.reviewSchedule})` : ""}.`;
}

export async function listPairings(actor: SessionUser): Promise<PairingSummary[]> {
  const db = await getDb();
  const rows = await db.buddyPairing.findMany({
    where: activePairingWhere(actor.id),
    select: {
      id: true,
      startedAt: true,
      checkInCadence: true,
      reminderLeadDays: true,
      reviewCadenceMonths: true,
      reviewSchedule: true,
      rulesUpdatedAt: true,
      rulesUpdatedById: true,
      userA: { select: { id: true, name: true } },
      userB: { select: { id: true, name: true } },
    },
    orderBy: { startedAt: "asc" },
    take: 10,
  });
  return rows.map((row) => {
    const rules = { checkInCadence: row.checkInCadence, reminderLeadDays: row.reminderLeadDays, reviewCadenceMonths: row.reviewCadenceMonths as 1 | 3 | 6, reviewSchedule: row.reviewSchedule };
    const buddy = row.userA.id === actor.id ? row.userB : row.userA;
    return {
      id: row.id,
      buddy,
      startedAt: row.startedAt,
      rules,
      rulesUpdatedAt: row.rulesUpdatedAt,
      rulesUpdatedByBuddy: row.rulesUpdatedById === buddy.id,
      agreement: describeAgreement(rules),
    };
  });
}

/** Either side may change the rules; the other is told in the app. */
export async function updatePairingRules(actor: SessionUser, pairingId: string, rules: PairingRules, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    const previous = await tx.buddyPairing.findUniqueOrThrow({ where: { id: grant.pairingId }, select: { rulesAgreedAt: true } });
    await tx.buddyPairing.update({
      where: { id: grant.pairingId },
      data: { ...rules, rulesUpdatedAt: now, rulesUpdatedById: actor.id, rulesAgreedAt: previous.rulesAgreedAt ?? now },
    });
    await tx.notification.create({
      data: { userId: grant.buddy.id, kind: "rules-changed", title: `${actor.name} updated your buddy agreement`, link: `/buddies/${grant.pairingId}` },
    });
  });
}

/**
 * Shares exactly the listed goals of the actor's with their buddies; the actor's other ACTIVE
 * goals become private. Achieved goals keep their visibility (the form only lists active ones).
 */
export async function setSharedGoals(actor: SessionUser, sharedGoalIds: string[]): Promise<void> {
  const db = await getDb();
  await db.$transaction([
    db.goal.updateMany({ where: { ownerId: actor.id, id: { in: sharedGoalIds } }, data: { visibility: "BUDDIES" } }),
    db.goal.updateMany({ where: { ownerId: actor.id, status: "ACTIVE", id: { notIn: sharedGoalIds } }, data: { visibility: "PRIVATE" } }),
  ]);
}

/** Ends the pairing at once for both; both are told by email, and a scheduled review is cancelled in their calendars. */
export async function endPairing(actor: SessionUser, pairingId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const grant = await db.$transaction(async (tx) => {
    const access = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    const { count } = await tx.buddyPairing.updateMany({ where: { id: access.pairingId, status: "ACTIVE" }, data: { status: "ENDED", endedAt: now } });
    if (count === 0) throw new NotFoundError("That buddy");
    await tx.notification.create({ data: { userId: access.buddy.id, kind: "pairing-ended", title: `${actor.name} ended your buddy pairing`, link: "/buddies" } });
    const cancellations = await cancelScheduledReviewOfEndingPairing(tx, { pairingId: access.pairingId, people: [actor, access.buddy], now });
    return { ...access, cancellations };
  });
  await sendQueuedReviewEmails(grant.cancellations, now);
  const url = appUrl("/buddies");
  await Promise.all([
    sendComposedEmail({ kind: "pairing-ended", recipientId: actor.id, message: { to: actor.email, ...buddyPairingEndedMessage({ name: actor.name, otherName: grant.buddy.name, endedByYou: true, url }) } }),
    sendComposedEmail({ kind: "pairing-ended", recipientId: grant.buddy.id, message: { to: grant.buddy.email, ...buddyPairingEndedMessage({ name: grant.buddy.name, otherName: actor.name, endedByYou: false, url }) } }),
  ]);
}
