// A person's buddy pairings: listing them with their agreed rules, changing the rules,
// choosing which goals are shared, and ending a pairing.
import "server-only";
import { pointNotificationsAwayFromPairing } from "./ended-pairing-links";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { buddyPairingEndedMessage } from "@/lib/email";
import { sendComposedEmail } from "@/lib/reminders/composed-email";
import { appUrl } from "@/lib/account/links";
import { NotFoundError } from "@/lib/errors";
import { createNotification } from "@/lib/notifications/notifications";
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
  /** Who accepted the current rules, and when; agreed once both have. */
  acceptance: AgreementAcceptance;
};

export type AgreementAcceptance = { youAcceptedAt: Date | null; buddyAcceptedAt: Date | null; agreed: boolean };

const reviewLabel: Record<number, string> = { 1: "every month", 3: "every quarter", 6: "twice a year" };

export function describeAgreement(rules: PairingRules): string {
  const review = reviewLabel[rules.reviewCadenceMonths] ?? `every ${rules.reviewCadenceMonths} months`;
  const lead = rules.reminderLeadDays === 0 ? "on the day of a shared deadline" : `${rules.reminderLeadDays} days before a shared deadline`;
  return `We check in ${cadenceLabel(rules.checkInCadence as CheckInCadence).toLowerCase()}, remind each other ${lead}, and review our goals together ${review}${rules.reviewSchedule ? ` (${rules.reviewSchedule})` : ""}.`;
}

/** What a PairingSummary is read from (the buddy's side may select more than id and name). */
export const pairingSummarySelect = {
  id: true,
  startedAt: true,
  checkInCadence: true,
  reminderLeadDays: true,
  reviewCadenceMonths: true,
  reviewSchedule: true,
  rulesUpdatedAt: true,
  rulesUpdatedById: true,
  rulesAcceptedByAAt: true,
  rulesAcceptedByBAt: true,
  userA: { select: { id: true, name: true } },
  userB: { select: { id: true, name: true } },
} as const;

type Person = { id: string; name: string };
type PairingSummaryRow = {
  id: string;
  startedAt: Date;
  checkInCadence: CheckInCadence;
  reminderLeadDays: number;
  reviewCadenceMonths: number;
  reviewSchedule: string;
  rulesUpdatedAt: Date | null;
  rulesUpdatedById: string | null;
  rulesAcceptedByAAt: Date | null;
  rulesAcceptedByBAt: Date | null;
  userA: Person;
  userB: Person;
};

export function toPairingSummary(row: PairingSummaryRow, actorId: string): PairingSummary {
  const rules = { checkInCadence: row.checkInCadence, reminderLeadDays: row.reminderLeadDays, reviewCadenceMonths: row.reviewCadenceMonths as 1 | 3 | 6, reviewSchedule: row.reviewSchedule };
  const actorIsA = row.userA.id === actorId;
  const other = actorIsA ? row.userB : row.userA;
  const buddy = { id: other.id, name: other.name };
  const youAcceptedAt = actorIsA ? row.rulesAcceptedByAAt : row.rulesAcceptedByBAt;
  const buddyAcceptedAt = actorIsA ? row.rulesAcceptedByBAt : row.rulesAcceptedByAAt;
  return {
    id: row.id,
    buddy,
    startedAt: row.startedAt,
    rules,
    rulesUpdatedAt: row.rulesUpdatedAt,
    rulesUpdatedByBuddy: row.rulesUpdatedById === buddy.id,
    agreement: describeAgreement(rules),
    acceptance: { youAcceptedAt, buddyAcceptedAt, agreed: youAcceptedAt !== null && buddyAcceptedAt !== null },
  };
}

export async function listPairings(actor: SessionUser): Promise<PairingSummary[]> {
  const db = await getDb();
  const rows = await db.buddyPairing.findMany({ where: activePairingWhere(actor.id), select: pairingSummarySelect, orderBy: { startedAt: "asc" }, take: 10 });
  return rows.map((row) => toPairingSummary(row, actor.id));
}

export type RulesOutcome = "proposed" | "unchanged" | "accepted" | "agreed" | "already-accepted";

/** The rules changed under the reader (the buddy proposed something else meanwhile): read them again. */
export class StaleRulesError extends Error {
  constructor() {
    super("Your buddy changed the agreement while you were reading it. Read the new version, then accept it or propose a change.");
    this.name = "StaleRulesError";
  }
}

const sameRules = (a: PairingRules, b: PairingRules) => a.checkInCadence === b.checkInCadence && a.reminderLeadDays === b.reminderLeadDays && a.reviewCadenceMonths === b.reviewCadenceMonths && a.reviewSchedule === b.reviewSchedule;

/** The pairing locked for a change of its rules, with the acceptance columns seen from the actor's side. */
async function lockRules(tx: DbClient, actor: SessionUser, pairingId: string) {
  const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
  await tx.$queryRaw`SELECT 1 FROM "BuddyPairing" WHERE "id" = ${grant.pairingId}::uuid FOR UPDATE`;
  const row = await tx.buddyPairing.findUniqueOrThrow({
    where: { id: grant.pairingId },
    select: { userAId: true, checkInCadence: true, reminderLeadDays: true, reviewCadenceMonths: true, reviewSchedule: true, rulesUpdatedAt: true, rulesAcceptedByAAt: true, rulesAcceptedByBAt: true },
  });
  const actorIsA = row.userAId === actor.id;
  return {
    grant,
    rules: { checkInCadence: row.checkInCadence, reminderLeadDays: row.reminderLeadDays, reviewCadenceMonths: row.reviewCadenceMonths as 1 | 3 | 6, reviewSchedule: row.reviewSchedule },
    rulesUpdatedAt: row.rulesUpdatedAt,
    mine: actorIsA ? ("rulesAcceptedByAAt" as const) : ("rulesAcceptedByBAt" as const),
    theirs: actorIsA ? ("rulesAcceptedByBAt" as const) : ("rulesAcceptedByAAt" as const),
    youAccepted: (actorIsA ? row.rulesAcceptedByAAt : row.rulesAcceptedByBAt) !== null,
    buddyAccepted: (actorIsA ? row.rulesAcceptedByBAt : row.rulesAcceptedByAAt) !== null,
  };
}

/** The version of the rules a form was read at: when they last changed ("initial" for the starting rules). */
export const rulesVersion = (rulesUpdatedAt: Date | null) => rulesUpdatedAt?.toISOString() ?? "initial";

/**
 * One person proposes rules. Different from the current ones: they replace them, count as the
 * proposer's acceptance, reopen the other's, and the other is told once. The same as the
 * current ones: nothing changes and nobody is told (accepting is acceptRules).
 */
export async function updatePairingRules(actor: SessionUser, pairingId: string, rules: PairingRules, now = new Date()): Promise<RulesOutcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await lockRules(tx, actor, pairingId);
    if (sameRules(current.rules, rules)) return "unchanged";
    await tx.buddyPairing.update({
      where: { id: current.grant.pairingId },
      data: { ...rules, rulesUpdatedAt: now, rulesUpdatedById: actor.id, rulesAgreedAt: null, [current.mine]: now, [current.theirs]: null },
    });
    await createNotification(tx, { userId: current.grant.buddy.id, kind: "rules-changed", title: `${actor.name} proposed a change to your buddy agreement`, link: `/buddies/${current.grant.pairingId}#agreement-heading` });
    return "proposed";
  });
}

/** One person accepts the rules as they read them (`version`, see rulesVersion); both having accepted, they are agreed. */
export async function acceptPairingRules(actor: SessionUser, pairingId: string, version: string, now = new Date()): Promise<RulesOutcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await lockRules(tx, actor, pairingId);
    if (rulesVersion(current.rulesUpdatedAt) !== version) throw new StaleRulesError();
    if (current.youAccepted) return "already-accepted";
    await tx.buddyPairing.update({
      where: { id: current.grant.pairingId },
      data: { [current.mine]: now, ...(current.buddyAccepted ? { rulesAgreedAt: now } : {}) },
    });
    await createNotification(tx, {
      userId: current.grant.buddy.id,
      kind: "rules-accepted",
      title: current.buddyAccepted ? `${actor.name} accepted: your buddy agreement is agreed by you both` : `${actor.name} accepted your buddy agreement`,
      link: `/buddies/${current.grant.pairingId}#agreement-heading`,
    });
    return current.buddyAccepted ? "agreed" : "accepted";
  });
}

/**
 * Shares exactly the listed goals of the actor's with their buddies; the actor's other ACTIVE
 * goals become private. Achieved goals keep their visibility (the form only lists active ones).
 */
export async function setSharedGoals(actor: SessionUser, sharedGoalIds: string[]): Promise<void> {
  const db = await getDb();
  await db.$transaction([db.goal.updateMany({ where: { ownerId: actor.id, id: { in: sharedGoalIds } }, data: { visibility: "BUDDIES" } }), db.goal.updateMany({ where: { ownerId: actor.id, status: "ACTIVE", id: { notIn: sharedGoalIds } }, data: { visibility: "PRIVATE" } })]);
}

/** Ends the pairing at once for both; both are told by email, and a scheduled review is cancelled in their calendars. */
export async function endPairing(actor: SessionUser, pairingId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const grant = await db.$transaction(async (tx) => {
    const access = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    const { count } = await tx.buddyPairing.updateMany({ where: { id: access.pairingId, status: "ACTIVE" }, data: { status: "ENDED", endedAt: now } });
    if (count === 0) throw new NotFoundError("That buddy");
    await pointNotificationsAwayFromPairing(tx, { pairingId: access.pairingId, userIds: [actor.id, access.buddy.id] });
    await createNotification(tx, { userId: access.buddy.id, kind: "pairing-ended", title: `${actor.name} ended your buddy pairing`, link: "/buddies" });
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
