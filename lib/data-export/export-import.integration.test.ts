import { describe, expect, it } from "vitest";
import { exportUserData, goalsCsv, microGoalsCsv, toCsv } from "./export-user-data";
import { importUserData } from "./import-user-data";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createGoal, createPairing, createReviewSession } from "@/test/integration/factories";

const db = setupTestDatabase();

async function seedAccount(userId: string, buddyId: string) {
  const goal = await createGoal(db.prisma, { id: userId }, { title: 'Speak at "DevConf", twice', category: "IMPACT", deadline: "2027-10-31", measure: "Talks given", baselineValue: 0, targetValue: 2, currentValue: 1, status: "ACHIEVED", achievedAt: new Date("2027-09-01T10:00:00Z"), reflectionHard: "Nerves" });
  await db.prisma.microGoal.createMany({
    data: [
      { goalId: goal.id, title: "Submit a CFP", position: 0, doneAt: new Date("2027-03-01T09:00:00Z"), deadline: new Date("2027-02-28"), obstacle: "Evenings go to email", ifThenPlan: "If it is Tuesday at 19:00, then I write for 30 minutes", cueWeekday: 2, cueMinute: 1140 },
      { goalId: goal.id, title: '=HYPERLINK("evil")', position: 1 },
    ],
  });
  const mine = await createCheckIn(db.prisma, goal, { authorId: userId, note: "Accepted!", progressValue: 1 });
  await db.prisma.comment.create({ data: { checkInId: mine.id, authorId: buddyId, body: "Go you" } });
  await db.prisma.reflection.create({ data: { userId, promptKey: "define-success", answer: "Teaching others" } });
  await db.prisma.interviewAnswer.create({ data: { userId, kind: "SHORT_TERM", targetRole: "DevRel", body: "I want to speak more", goalIds: [goal.id] } });
  return goal;
}

describe("export and import", () => {
  it("exports what the person wrote with a buddy, and none of the buddy's own words", async () => {
    const person = await createSessionUser(db.prisma);
    const buddy = await createSessionUser(db.prisma);
    const pairing = await createPairing(db.prisma, person, buddy);
    const buddysGoal = await createGoal(db.prisma, buddy, { title: "Buddy's private ambition", visibility: "BUDDIES" });
    const buddysCheckIn = await createCheckIn(db.prisma, buddysGoal, { note: "Buddy's own note" });
    await db.prisma.comment.create({ data: { checkInId: buddysCheckIn.id, authorId: person.id, body: "Proud of you" } });
    await db.prisma.comment.create({ data: { checkInId: buddysCheckIn.id, authorId: buddy.id, body: "The buddy's reply" } });
    await db.prisma.weeklyReport.create({
      data: {
        pairingId: pairing.id,
        authorId: person.id,
        periodStart: new Date("2027-03-01"),
        periodEnd: new Date("2027-03-07"),
        done: "Shipped the talk outline",
        status: "SENT",
        sentAt: new Date("2027-03-08T09:00:00Z"),
        reply: "The buddy's answer",
        advice: "The buddy's advice",
        answeredAt: new Date("2027-03-08T12:00:00Z"),
      },
    });
    await db.prisma.weeklyReport.create({
      data: { pairingId: pairing.id, authorId: buddy.id, periodStart: new Date("2027-03-01"), periodEnd: new Date("2027-03-07"), done: "The buddy's week", status: "SENT", sentAt: new Date("2027-03-08T09:00:00Z"), reply: "My answer to the buddy", advice: "My advice", answeredAt: new Date("2027-03-09T08:00:00Z") },
    });
    await db.prisma.pairingWish.create({ data: { pairingId: pairing.id, userId: person.id, rhythm: "BIWEEKLY", confidential: "Salary talk stays between us", statedAt: new Date("2027-02-01T10:00:00Z") } });
    await db.prisma.pairingWish.create({ data: { pairingId: pairing.id, userId: buddy.id, confidential: "The buddy's secret" } });
    await createReviewSession(db.prisma, pairing, buddy, { startsAt: new Date("2027-04-01T16:00:00Z"), notes: "Agreed: one talk per quarter", timeZone: "Europe/London" });

    const exported = await exportUserData(person);
    expect(exported.withBuddies).toEqual({
      comments: [{ kind: "COMMENT", body: "Proud of you", onYourGoal: false, createdAt: expect.any(String) }],
      weeklyReports: [{ periodStart: "2027-03-01", periodEnd: "2027-03-07", done: "Shipped the talk outline", stuck: "", next: "", status: "SENT", sentAt: "2027-03-08T09:00:00.000Z" }],
      weeklyReportAnswers: [{ periodStart: "2027-03-01", reply: "My answer to the buddy", advice: "My advice", answeredAt: "2027-03-09T08:00:00.000Z" }],
      pairingWishes: [{ rhythm: "BIWEEKLY", feedbackStyle: "ENCOURAGEMENT", confidential: "Salary talk stays between us", reportMode: "OFF", statedAt: "2027-02-01T10:00:00.000Z" }],
      reviewSessions: [{ startsAt: "2027-04-01T16:00:00.000Z", status: "SCHEDULED", notes: "Agreed: one talk per quarter", completedAt: null }],
    });
    const text = JSON.stringify(exported);
    for (const theirs of ["Buddy's private ambition", "Buddy's own note", "The buddy's reply", "The buddy's answer", "The buddy's week", "The buddy's secret"]) expect(text).not.toContain(theirs);
    // The file still imports: the pairing part is for the person's records only.
    const target = await createSessionUser(db.prisma);
    expect(await importUserData(target, JSON.parse(text))).toMatchObject({ ok: true });
    expect(await db.prisma.weeklyReport.count({ where: { authorId: target.id } })).toBe(0);
  });

  it("round-trips an account into an empty one, with new ids and links kept", async () => {
    const source = await createSessionUser(db.prisma);
    const buddy = await createSessionUser(db.prisma);
    await seedAccount(source.id, buddy.id);
    const exported = await exportUserData(source);
    expect(exported.goals[0]?.checkIns).toHaveLength(1);
    expect(exported.goals[0]?.microGoals[0]).toMatchObject({ obstacle: "Evenings go to email", ifThenPlan: "If it is Tuesday at 19:00, then I write for 30 minutes", cueWeekday: 2, cueMinute: 1140 });

    const target = await createSessionUser(db.prisma);
    const result = await importUserData(target, JSON.parse(JSON.stringify(exported)));
    expect(result).toEqual({ ok: true, goals: 1, microGoals: 2, checkIns: 1, reflections: 1 });

    const reExported = await exportUserData(target);
    const strip = (file: typeof exported) => ({ ...file, exportedAt: "", profile: null, goals: file.goals.map((goal) => ({ ...goal, id: "" })), interviewAnswers: file.interviewAnswers.map((answer) => ({ ...answer, goalIds: answer.goalIds.length })) });
    expect(strip(reExported)).toEqual(strip(exported));
    expect(reExported.goals[0]?.id).not.toBe(exported.goals[0]?.id);
    expect(reExported.interviewAnswers[0]?.goalIds).toEqual([reExported.goals[0]?.id]);
  });

  it("refuses to import into an account that has data, and changes nothing", async () => {
    const source = await createSessionUser(db.prisma);
    await seedAccount(source.id, (await createSessionUser(db.prisma)).id);
    const exported = await exportUserData(source);
    expect(await importUserData(source, exported)).toEqual({ ok: false, reason: "account_not_empty" });
    expect(await db.prisma.goal.count({ where: { ownerId: source.id } })).toBe(1);
  });

  it("imports a file exported before steps had if-then plans", async () => {
    const source = await createSessionUser(db.prisma);
    await seedAccount(source.id, (await createSessionUser(db.prisma)).id);
    const exported = JSON.parse(JSON.stringify(await exportUserData(source)));
    delete exported.withBuddies;
    for (const goal of exported.goals) for (const step of goal.microGoals) for (const key of ["obstacle", "ifThenPlan", "cueWeekday", "cueMinute"]) delete step[key];
    const target = await createSessionUser(db.prisma);
    expect(await importUserData(target, exported)).toMatchObject({ ok: true, microGoals: 2 });
    const steps = await db.prisma.microGoal.findMany({ where: { goal: { ownerId: target.id } }, select: { ifThenPlan: true, cueWeekday: true } });
    expect(steps).toEqual([
      { ifThenPlan: "", cueWeekday: null },
      { ifThenPlan: "", cueWeekday: null },
    ]);
  });

  it("rejects a malformed file with readable problems and writes nothing", async () => {
    const target = await createSessionUser(db.prisma);
    const result = await importUserData(target, { format: "stepwise-export", version: 1, goals: [{ title: "" }] });
    expect(result).toMatchObject({ ok: false, reason: "invalid_file" });
    if (!result.ok && result.reason === "invalid_file") expect(result.problems.length).toBeGreaterThan(0);
    expect(await importUserData(target, "not json at all")).toMatchObject({ ok: false, reason: "invalid_file" });
    expect(await db.prisma.goal.count({ where: { ownerId: target.id } })).toBe(0);
  });

  it("writes CSV that spreadsheets read safely", async () => {
    const source = await createSessionUser(db.prisma);
    await seedAccount(source.id, (await createSessionUser(db.prisma)).id);
    const data = await exportUserData(source);
    const goals = goalsCsv(data);
    expect(goals.split("\r\n")[0]).toBe("id,title,category,horizon_years,status,deadline,specific,measure,baseline,target,current,unit,attainable,relevant,visibility,reward,achieved_at");
    expect(goals).toContain('"Speak at ""DevConf"", twice"');
    const steps = microGoalsCsv(data);
    expect(steps.split("\r\n")[0]).toBe("goal_id,goal_title,position,title,action_plan,deadline,done_at,obstacle,if_then_plan");
    expect(steps).toContain("Evenings go to email");
    expect(steps).toContain(`"'=HYPERLINK(""evil"")"`);
    expect(toCsv(["a"], [["-1"], ["plain"]])).toBe("a\r\n'-1\r\nplain\r\n");
  });
});
