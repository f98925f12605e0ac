// Weekly reports between buddies: the author edits the drafted report and sends it; the buddy
// answers once, with one piece of advice; both read them on the pairing page, newest first.
// A draft is the author's alone until sent.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, AppErrorCode, NotFoundError } from "@/lib/errors";
import { createNotification } from "@/lib/notifications/notifications";
import { enqueueDelivery } from "@/lib/reminders/ledger";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { newestFirst, olderThan, toPage, type Cursor, type Page } from "@/lib/pagination/keyset";
import { authorizeBuddy } from "./authorize";
import { authorizePairingView } from "./authorize-pairing-view";
import { pairingWishRows } from "./pairing-wishes";
import type { ReportMode } from "./pairing-wish-options";
import { reportsPath, WEEKLY_REPORT_SENT_KIND } from "./weekly-report-kinds";
import type { ReportAnswerInput, WeeklyReportInput } from "./weekly-report-schemas";

export const REPORTS_PAGE_SIZE = 5;

export type WeeklyReportDto = {
  id: string;
  byMe: boolean;
  periodStart: Date;
  periodEnd: Date;
  done: string;
  stuck: string;
  next: string;
  sentAt: Date | null;
  reply: string | null;
  advice: string | null;
  answeredAt: Date | null;
  createdAt: Date;
};

const reportSelect = { id: true, authorId: true, periodStart: true, periodEnd: true, done: true, stuck: true, next: true, sentAt: true, reply: true, advice: true, answeredAt: true, createdAt: true } as const;

const toDto =
  (actor: SessionUser) =>
  ({ authorId, ...row }: { authorId: string } & Omit<WeeklyReportDto, "byMe">): WeeklyReportDto => ({ ...row, byMe: authorId === actor.id });

/** Sent reports of the pairing, both ways, newest first. */
export async function listSentReports(actor: SessionUser, pairingId: string, options: { before?: Cursor } = {}): Promise<Page<WeeklyReportDto>> {
  const grant = await authorizePairingView(actor, pairingId);
  const db = await getDb();
  const rows = await db.weeklyReport.findMany({
    where: { pairingId: grant.pairingId, status: "SENT", ...olderThan("createdAt", options.before) },
    select: reportSelect,
    orderBy: newestFirst("createdAt"),
    take: REPORTS_PAGE_SIZE + 1,
  });
  const page = toPage(rows, REPORTS_PAGE_SIZE, (row) => row.createdAt);
  return { items: page.items.map(toDto(actor)), next: page.next };
}

/** The actor's latest unsent draft for this buddy, if any, and how they chose reports to work. */
export async function myReportState(actor: SessionUser, pairingId: string): Promise<{ draft: WeeklyReportDto | null; mode: ReportMode }> {
  const grant = await authorizePairingView(actor, pairingId);
  const db = await getDb();
  const [draft, wishes] = await Promise.all([db.weeklyReport.findFirst({ where: { pairingId: grant.pairingId, authorId: actor.id, status: "DRAFT" }, select: reportSelect, orderBy: { periodStart: "desc" } }), pairingWishRows(grant.pairingId)]);
  const wish = wishes.find((row) => row.userId === actor.id);
  return { draft: draft ? toDto(actor)(draft) : null, mode: wish?.reportMode ?? "OFF" };
}

export async function setReportMode(actor: SessionUser, pairingId: string, reportMode: ReportMode): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId });
    await tx.pairingWish.upsert({
      where: { pairingId_userId: { pairingId: grant.pairingId, userId: actor.id } },
      create: { pairingId: grant.pairingId, userId: actor.id, reportMode },
      update: { reportMode },
    });
  });
}

/** The author sends their draft as edited; the buddy is notified and emailed once. */
export async function sendWeeklyReport(actor: SessionUser, reportId: string, input: WeeklyReportInput, now = new Date()): Promise<void> {
  const db = await getDb();
  const deliveryId = await db.$transaction(async (tx) => {
    const report = await tx.weeklyReport.findFirst({ where: { id: reportId, authorId: actor.id }, select: { id: true, pairingId: true, status: true } });
    if (!report) throw new NotFoundError("That report");
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId: report.pairingId });
    const { count } = await tx.weeklyReport.updateMany({ where: { id: report.id, status: "DRAFT" }, data: { ...input, status: "SENT", sentAt: now } });
    if (count === 0) throw new AppError(AppErrorCode.CONFLICT, "This report was already sent.");
    await createNotification(tx, { userId: grant.buddy.id, kind: "weekly-report", title: `${actor.name} sent you their weekly report`, link: reportsPath(grant.pairingId) });
    return enqueueDelivery(tx, { kind: WEEKLY_REPORT_SENT_KIND, recipientId: grant.buddy.id, recipientEmail: grant.buddy.email, subjectId: report.id, dueKey: "sent", dueAt: now });
  });
  if (deliveryId) await deliverSoon(deliveryId, now);
}

/** The buddy answers a report sent to them, once: a reply and one piece of advice. */
export async function answerWeeklyReport(actor: SessionUser, reportId: string, input: ReportAnswerInput, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const report = await tx.weeklyReport.findFirst({ where: { id: reportId, status: "SENT", authorId: { not: actor.id } }, select: { id: true, pairingId: true, authorId: true } });
    if (!report) throw new NotFoundError("That report");
    const grant = await authorizeBuddy(tx, actor, { action: "view-pairing", pairingId: report.pairingId });
    if (grant.buddy.id !== report.authorId) throw new NotFoundError("That report");
    const { count } = await tx.weeklyReport.updateMany({ where: { id: report.id, answeredAt: null }, data: { reply: input.reply, advice: input.advice, answeredAt: now } });
    if (count === 0) throw new AppError(AppErrorCode.CONFLICT, "You already answered this report.");
    await createNotification(tx, { userId: report.authorId, kind: "weekly-report-answered", title: `${actor.name} answered your weekly report with some advice`, link: `/buddies/${grant.pairingId}#report-${report.id}` });
  });
}
