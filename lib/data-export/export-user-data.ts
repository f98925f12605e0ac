// Everything a person has put into Stepwise, as one JSON document (and CSV for spreadsheets).
// Buddies' data is theirs, not the exporter's, so it is not included: from pairings, only what
// the person wrote (comments, reports, answers, wishes) and the review notes the two share.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { fromDbDate } from "@/lib/time/calendar-date";
import type { ExportFile } from "./export-schema";
import { storedHorizon } from "@/lib/goals/horizon";

const num = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());
const iso = (value: Date | null) => (value === null ? null : value.toISOString());

export async function exportUserData(actor: SessionUser, now = new Date()): Promise<ExportFile> {
  const db = await getDb();
  const [reflections, goals, interviewAnswers, withBuddies] = await Promise.all([
    db.reflection.findMany({ where: { userId: actor.id }, select: { promptKey: true, answer: true, updatedAt: true }, orderBy: { promptKey: "asc" } }),
    db.goal.findMany({
      where: { ownerId: actor.id },
      orderBy: { createdAt: "asc" },
      include: {
        microGoals: { orderBy: { position: "asc" }, select: { title: true, actionPlan: true, deadline: true, position: true, doneAt: true, obstacle: true, ifThenPlan: true, cueWeekday: true, cueMinute: true } },
        // Only the owner's own check-ins: a buddy's comments are the buddy's data.
        checkIns: { where: { authorId: actor.id }, orderBy: { createdAt: "asc" }, select: { note: true, progressValue: true, createdAt: true } },
      },
    }),
    db.interviewAnswer.findMany({ where: { userId: actor.id }, select: { kind: true, targetRole: true, targetCompany: true, goalIds: true, body: true }, orderBy: { createdAt: "asc" } }),
    exportWithBuddies(actor.id),
  ]);
  return {
    format: "stepwise-export",
    version: 1,
    exportedAt: now.toISOString(),
    profile: { name: actor.name, email: actor.email, timeZone: actor.timeZone },
    reflections: reflections.map((reflection) => ({ ...reflection, updatedAt: reflection.updatedAt.toISOString() })),
    goals: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      category: goal.category,
      horizonYears: storedHorizon(goal.horizonYears),
      specific: goal.specific,
      measure: goal.measure,
      baselineValue: num(goal.baselineValue),
      targetValue: num(goal.targetValue),
      currentValue: num(goal.currentValue),
      measureUnit: goal.measureUnit,
      attainable: goal.attainable,
      relevant: goal.relevant,
      deadline: fromDbDate(goal.deadline),
      visibility: goal.visibility,
      status: goal.status,
      achievedAt: iso(goal.achievedAt),
      reward: goal.reward,
      reflectionHard: goal.reflectionHard,
      reflectionEasy: goal.reflectionEasy,
      reflectionHelpers: goal.reflectionHelpers,
      reflectionDifferently: goal.reflectionDifferently,
      createdAt: goal.createdAt.toISOString(),
      microGoals: goal.microGoals.map((step) => ({ ...step, deadline: step.deadline ? fromDbDate(step.deadline) : null, doneAt: iso(step.doneAt) })),
      checkIns: goal.checkIns.map((checkIn) => ({ note: checkIn.note, progressValue: num(checkIn.progressValue), createdAt: checkIn.createdAt.toISOString() })),
    })),
    interviewAnswers,
    withBuddies,
  };
}

/** What the person wrote in their pairings (ended ones too), oldest first. */
async function exportWithBuddies(userId: string): Promise<NonNullable<ExportFile["withBuddies"]>> {
  const db = await getDb();
  const inPairing = { OR: [{ userAId: userId }, { userBId: userId }] };
  const [comments, weeklyReports, weeklyReportAnswers, pairingWishes, reviewSessions] = await Promise.all([
    db.comment.findMany({ where: { authorId: userId }, orderBy: { createdAt: "asc" }, select: { kind: true, body: true, createdAt: true, checkIn: { select: { goal: { select: { ownerId: true } } } } } }),
    db.weeklyReport.findMany({ where: { authorId: userId }, orderBy: { periodStart: "asc" }, select: { periodStart: true, periodEnd: true, done: true, stuck: true, next: true, status: true, sentAt: true } }),
    db.weeklyReport.findMany({ where: { authorId: { not: userId }, pairing: inPairing, answeredAt: { not: null } }, orderBy: { periodStart: "asc" }, select: { periodStart: true, reply: true, advice: true, answeredAt: true } }),
    db.pairingWish.findMany({ where: { userId }, orderBy: { updatedAt: "asc" }, select: { rhythm: true, feedbackStyle: true, confidential: true, reportMode: true, statedAt: true } }),
    db.reviewSession.findMany({ where: { pairing: inPairing }, orderBy: { startsAt: "asc" }, select: { startsAt: true, status: true, notes: true, completedAt: true } }),
  ]);
  return {
    comments: comments.map((comment) => ({ kind: comment.kind, body: comment.body, onYourGoal: comment.checkIn.goal.ownerId === userId, createdAt: comment.createdAt.toISOString() })),
    weeklyReports: weeklyReports.map((report) => ({ ...report, periodStart: fromDbDate(report.periodStart), periodEnd: fromDbDate(report.periodEnd), sentAt: iso(report.sentAt) })),
    weeklyReportAnswers: weeklyReportAnswers.flatMap((report) => (report.answeredAt ? [{ periodStart: fromDbDate(report.periodStart), reply: report.reply ?? "", advice: report.advice ?? "", answeredAt: report.answeredAt.toISOString() }] : [])),
    pairingWishes: pairingWishes.map((wish) => ({ ...wish, statedAt: iso(wish.statedAt) })),
    reviewSessions: reviewSessions.map((session) => ({ startsAt: session.startsAt.toISOString(), status: session.status, notes: session.notes, completedAt: iso(session.completedAt) })),
  };
}

/** RFC 4180 CSV; cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    let text = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function goalsCsv(data: ExportFile): string {
  return toCsv(
    ["id", "title", "category", "horizon_years", "status", "deadline", "specific", "measure", "baseline", "target", "current", "unit", "attainable", "relevant", "visibility", "reward", "achieved_at"],
    data.goals.map((goal) => [goal.id, goal.title, goal.category, goal.horizonYears, goal.status, goal.deadline, goal.specific, goal.measure, goal.baselineValue, goal.targetValue, goal.currentValue, goal.measureUnit, goal.attainable, goal.relevant, goal.visibility, goal.reward, goal.achievedAt]),
  );
}

export function microGoalsCsv(data: ExportFile): string {
  return toCsv(
    ["goal_id", "goal_title", "position", "title", "action_plan", "deadline", "done_at", "obstacle", "if_then_plan"],
    data.goals.flatMap((goal) => goal.microGoals.map((step) => [goal.id, goal.title, step.position, step.title, step.actionPlan, step.deadline, step.doneAt, step.obstacle, step.ifThenPlan])),
  );
}
