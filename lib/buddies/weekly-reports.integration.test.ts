// Weekly reports with a controllable clock, a real PostgreSQL and a real SMTP server: drafted by
// a scheduler pass once per pairing-period, from shared goals only; edited and sent by the
// author; answered once by the buddy with one piece of advice; nothing while paused.
import { describe, expect, it } from "vitest";
import { deliverDueEmails } from "@/lib/reminders/deliver-due";
import { AppErrorCode } from "@/lib/errors";
import { toDbDate } from "@/lib/time/calendar-date";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { answerWeeklyReport, listSentReports, myReportState, sendWeeklyReport, setReportMode } from "./weekly-reports";
import { pausePairing } from "./pairing-choices";

const { db, mail } = setupAccountHarness();

async function pairStartingAt(startedAt: Date) {
  const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Europe/London" });
  const grace = await createSessionUser(db.prisma, { name: "Grace", timeZone: "America/New_York" });
  const pairing = await db.prisma.buddyPairing.create({ data: { userAId: ada.id, userBId: grace.id, startedAt } });
  return { ada, grace, pairing };
}

const at = (iso: string) => new Date(iso);
const subjects = (address: string) =>
  mail()
    .to(address)
    .map((email) => email.subject);
const reportsOf = (pairingId: string) => db.prisma.weeklyReport.findMany({ where: { pairingId }, orderBy: { periodStart: "asc" } });

async function sharedGoalWithWeek(ownerId: string) {
  const goal = await db.prisma.goal.create({
    data: { ownerId, title: "Run a 10k", category: "EXPERIENCES", horizonYears: 1, deadline: toDbDate("2027-06-30"), visibility: "BUDDIES" },
  });
  await db.prisma.microGoal.createMany({
    data: [
      { goalId: goal.id, title: "Run 5k twice", position: 0, deadline: toDbDate("2027-01-07"), doneAt: at("2027-01-06T18:00:00Z") },
      { goalId: goal.id, title: "Buy proper shoes", position: 1, deadline: toDbDate("2027-01-08") },
      { goalId: goal.id, title: "Run 8k", position: 2, deadline: toDbDate("2027-01-20") },
    ],
  });
  await db.prisma.checkIn.create({ data: { goalId: goal.id, authorId: ownerId, note: "Legs sore but happy", createdAt: at("2027-01-07T20:00:00Z") } });
  const secret = await db.prisma.goal.create({
    data: { ownerId, title: "Secret job hunt", category: "EARNINGS", horizonYears: 1, deadline: toDbDate("2027-06-30"), visibility: "PRIVATE" },
  });
  await db.prisma.microGoal.create({ data: { goalId: secret.id, title: "Update my CV", position: 0, doneAt: at("2027-01-05T10:00:00Z") } });
  return goal;
}

describe("weekly reports", () => {
  it("are drafted once when the period ends, at the author's hour, from shared goals only, and sent and answered once", async () => {
    // Monday 4 January 2027; London is UTC+0 in January, so the 09:00 reminder hour is 09:00 UTC.
    const { ada, grace, pairing } = await pairStartingAt(at("2027-01-04T08:00:00Z"));
    await sharedGoalWithWeek(ada.id);
    await setReportMode(ada, pairing.id, "DRAFT");

    await deliverDueEmails({ now: at("2027-01-10T23:00:00Z") });
    await deliverDueEmails({ now: at("2027-01-11T08:59:00Z") });
    expect(await reportsOf(pairing.id)).toEqual([]);

    await deliverDueEmails({ now: at("2027-01-11T09:00:00Z") });
    await deliverDueEmails({ now: at("2027-01-11T10:00:00Z") });
    await deliverDueEmails({ now: at("2027-01-13T10:00:00Z") });
    const [draft, ...others] = await reportsOf(pairing.id);
    expect(others).toEqual([]);
    expect(draft).toMatchObject({ authorId: ada.id, status: "DRAFT", periodStart: toDbDate("2027-01-04"), periodEnd: toDbDate("2027-01-10"), sentAt: null });
    expect(draft?.done).toBe("• Finished “Run 5k twice” (Run a 10k)\n• Checked in on “Run a 10k”");
    expect(draft?.stuck).toBe("• “Buy proper shoes” (Run a 10k) was due 2027-01-08");
    expect(draft?.next).toBe("• “Run 8k” (Run a 10k) by 2027-01-20");
    expect(`${draft?.done}${draft?.stuck}${draft?.next}`).not.toMatch(/CV|Secret/);
    // Grace has not turned reports on: nothing drafted for her.
    expect(subjects(ada.email).filter((subject) => subject.includes("weekly report"))).toEqual(["Your weekly report to Grace is ready to send"]);
    const ready = mail()
      .to(ada.email)
      .find((email) => email.subject.includes("weekly report"));
    expect(ready?.text).toContain("http://stepwise.test/buddies/");
    expect(ready?.rawHeaders["list-unsubscribe"]).toMatch(/\/api\/unsubscribe\//);
    // Only Ada sees the draft; Grace sees no report yet.
    expect((await myReportState(ada, pairing.id)).draft?.id).toBe(draft?.id);
    expect((await myReportState(grace, pairing.id)).draft).toBeNull();
    expect((await listSentReports(grace, pairing.id)).items).toEqual([]);

    const typed = { done: "Ran 5k twice!", stuck: "Shoes. ".repeat(200).trim(), next: "Run 8k on Sunday" };
    await sendWeeklyReport(ada, draft!.id, typed, at("2027-01-11T12:00:00Z"));
    const sent = await mail().waitFor(grace.email, "Ada sent you their weekly report");
    expect(sent.text).toContain("Ran 5k twice!");
    expect(sent.text).toContain(typed.stuck);
    await expect(sendWeeklyReport(ada, draft!.id, typed)).rejects.toMatchObject({ code: AppErrorCode.CONFLICT });
    const [forGrace] = (await listSentReports(grace, pairing.id)).items;
    expect(forGrace).toMatchObject({ byMe: false, ...typed, answeredAt: null });

    // Only the buddy answers, once.
    await expect(answerWeeklyReport(ada, draft!.id, { reply: "Me?", advice: "No" })).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await answerWeeklyReport(grace, draft!.id, { reply: "Great week.", advice: "Buy the shoes on Saturday morning." }, at("2027-01-12T15:00:00Z"));
    await expect(answerWeeklyReport(grace, draft!.id, { reply: "Again", advice: "Again" })).rejects.toMatchObject({ code: AppErrorCode.CONFLICT });
    expect((await listSentReports(ada, pairing.id)).items[0]).toMatchObject({ byMe: true, reply: "Great week.", advice: "Buy the shoes on Saturday morning.", answeredAt: at("2027-01-12T15:00:00Z") });
    expect(await db.prisma.notification.findMany({ where: { userId: ada.id, kind: "weekly-report-answered" }, select: { title: true } })).toEqual([{ title: "Grace answered your weekly report with some advice" }]);
  });

  it("refuse anyone outside the pairing, as not found", async () => {
    const { ada, grace, pairing } = await pairStartingAt(at("2027-01-04T08:00:00Z"));
    const stranger = await createSessionUser(db.prisma, { name: "Mallory" });
    await setReportMode(ada, pairing.id, "DRAFT");
    await deliverDueEmails({ now: at("2027-01-11T10:00:00Z") });
    const [draft] = await reportsOf(pairing.id);
    await expect(listSentReports(stranger, pairing.id)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(myReportState(stranger, pairing.id)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(setReportMode(stranger, pairing.id, "AUTO")).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(sendWeeklyReport(stranger, draft!.id, { done: "x", stuck: "x", next: "x" })).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(sendWeeklyReport(grace, draft!.id, { done: "x", stuck: "x", next: "x" })).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await sendWeeklyReport(ada, draft!.id, { done: "x", stuck: "x", next: "x" });
    await expect(answerWeeklyReport(stranger, draft!.id, { reply: "x", advice: "x" })).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
  });

  it("go to the buddy as drafted when the author chose automatic sending; none while the pairing is paused", async () => {
    const { ada, grace, pairing } = await pairStartingAt(at("2027-01-04T08:00:00Z"));
    await sharedGoalWithWeek(grace.id);
    await setReportMode(grace, pairing.id, "AUTO");
    // New York is UTC-5: Grace's period ends on 11 January at 09:00 there, 14:00 UTC.
    await deliverDueEmails({ now: at("2027-01-11T13:59:00Z") });
    expect(await reportsOf(pairing.id)).toEqual([]);
    await deliverDueEmails({ now: at("2027-01-11T14:00:00Z") });
    await deliverDueEmails({ now: at("2027-01-11T15:00:00Z") });
    const reports = await reportsOf(pairing.id);
    expect(reports.map((report) => [report.authorId, report.status])).toEqual([[grace.id, "SENT"]]);
    expect(subjects(ada.email).filter((subject) => subject.includes("weekly report"))).toEqual(["Grace sent you their weekly report"]);
    expect(subjects(grace.email).filter((subject) => subject.includes("weekly report"))).toEqual([]);

    await pausePairing(ada, pairing.id, at("2027-01-12T10:00:00Z"));
    await deliverDueEmails({ now: at("2027-01-18T15:00:00Z") });
    expect(await reportsOf(pairing.id)).toHaveLength(1);
  });

  it("stay on the page but send no email to someone who turned weekly report emails off", async () => {
    const { ada, pairing } = await pairStartingAt(at("2027-01-04T08:00:00Z"));
    await db.prisma.user.update({ where: { id: ada.id }, data: { weeklyReportEmailsEnabled: false } });
    await setReportMode(ada, pairing.id, "DRAFT");
    await deliverDueEmails({ now: at("2027-01-11T10:00:00Z") });
    expect((await myReportState(ada, pairing.id)).draft).toMatchObject({ done: "Nothing finished this time.", stuck: "Nothing stuck.", next: "No steps planned yet." });
    expect(subjects(ada.email)).toEqual([]);
    expect(await db.prisma.emailDelivery.findMany({ where: { recipientId: ada.id, kind: "weekly-report-ready" }, select: { status: true } })).toEqual([{ status: "SKIPPED" }]);
  });
});
