// The weekly-report and pairing-health emails, rendered at send time from the current rows:
// one whose pairing ended or is paused, whose report was already sent (for "ready"), or whose
// reader turned these emails off, is skipped.
import type { DbClient } from "@/lib/db";
import { pairingHealthMessage, weeklyReportReadyMessage, weeklyReportSentMessage, type EmailMessage } from "@/lib/email";
import { appUrl } from "@/lib/account/links";
import type { ClaimedDelivery } from "@/lib/reminders/ledger";
import { unsubscribeParts } from "@/lib/unsubscribe/links";
import { periodLabel } from "./report-period";
import { healthPath, reportsPath } from "./weekly-report-kinds";
import { pairingActivity } from "./pairing-activity";
import { pairingHealth } from "./pairing-health";
import { silentEpisodeKey } from "./pairing-health-keys";

const person = { select: { id: true, name: true, weeklyReportEmailsEnabled: true, buddyNudgesEnabled: true } } as const;

function loadReport(db: DbClient, id: string) {
  return db.weeklyReport.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      done: true,
      stuck: true,
      next: true,
      authorId: true,
      pairing: { select: { id: true, status: true, pausedAt: true, userA: person, userB: person } },
    },
  });
}

export async function renderWeeklyReportReady(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const report = await loadReport(db, delivery.subjectId);
  if (!report || report.status !== "DRAFT" || report.authorId !== delivery.recipientId) return null;
  const { pairing } = report;
  if (pairing.status !== "ACTIVE" || pairing.pausedAt) return null;
  const [author, buddy] = pairing.userA.id === report.authorId ? [pairing.userA, pairing.userB] : [pairing.userB, pairing.userA];
  if (!author.weeklyReportEmailsEnabled) return null;
  const { headers, unsubscribe } = unsubscribeParts(author.id, "weekly-reports");
  const content = weeklyReportReadyMessage({ name: author.name, buddyName: buddy.name, periodLabel: periodLabel(report.periodStart, report.periodEnd), url: appUrl(reportsPath(pairing.id)), unsubscribe });
  return { to: delivery.recipientEmail, ...content, headers };
}

export async function renderWeeklyReportSent(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const report = await loadReport(db, delivery.subjectId);
  if (!report || report.status !== "SENT") return null;
  const { pairing } = report;
  if (pairing.status !== "ACTIVE") return null;
  const [author, buddy] = pairing.userA.id === report.authorId ? [pairing.userA, pairing.userB] : [pairing.userB, pairing.userA];
  if (buddy.id !== delivery.recipientId || !buddy.weeklyReportEmailsEnabled) return null;
  const { headers, unsubscribe } = unsubscribeParts(buddy.id, "weekly-reports");
  const content = weeklyReportSentMessage({
    name: buddy.name,
    authorName: author.name,
    periodLabel: periodLabel(report.periodStart, report.periodEnd),
    report: { done: report.done, stuck: report.stuck, next: report.next },
    url: appUrl(`/buddies/${pairing.id}#report-${report.id}`),
    unsubscribe,
  });
  return { to: delivery.recipientEmail, ...content, headers };
}

export async function renderPairingHealth(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const activity = await pairingActivity(db, delivery.subjectId);
  if (!activity || !delivery.recipientId) return null;
  // Still the same silence, still unanswered: a renewal, pause or new activity since makes it moot.
  const health = pairingHealth(activity, delivery.dueAt);
  if (health.state !== "needs-choice" || silentEpisodeKey(health.silentSince) !== delivery.dueKey) return null;
  const people = await db.user.findMany({ where: { id: { in: [activity.userAId, activity.userBId] } }, select: { id: true, name: true, buddyNudgesEnabled: true } });
  const me = people.find((candidate) => candidate.id === delivery.recipientId);
  const other = people.find((candidate) => candidate.id !== delivery.recipientId);
  if (!me || !other || !me.buddyNudgesEnabled) return null;
  const { headers, unsubscribe } = unsubscribeParts(me.id, "buddy-nudges");
  const content = pairingHealthMessage({ name: me.name, buddyName: other.name, url: appUrl(healthPath(activity.pairingId)), unsubscribe });
  return { to: delivery.recipientEmail, ...content, headers };
}
