import { describe, expect, it } from "vitest";
import { exportUserData, goalsCsv, microGoalsCsv, toCsv } from "./export-user-data";
import { importUserData } from "./import-user-data";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createGoal } from "@/test/integration/factories";

const db = setupTestDatabase();

async function seedAccount(userId: string, buddyId: string) {
  const goal = await createGoal(db.prisma, { id: userId }, { title: 'Speak at "DevConf", twice', category: "IMPACT", deadline: "2027-10-31", measure: "Talks given", baselineValue: 0, targetValue: 2, currentValue: 1, status: "ACHIEVED", achievedAt: new Date("2027-09-01T10:00:00Z"), reflectionHard: "Nerves" });
  await db.prisma.microGoal.createMany({
    data: [
      { goalId: goal.id, title: "Submit a CFP", position: 0, doneAt: new Date("2027-03-01T09:00:00Z"), deadline: new Date("2027-02-28") },
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
  it("round-trips an account into an empty one, with new ids and links kept", async () => {
    const source = await createSessionUser(db.prisma);
    const buddy = await createSessionUser(db.prisma);
    await seedAccount(source.id, buddy.id);
    const exported = await exportUserData(source);
    expect(exported.goals[0]?.checkIns).toHaveLength(1);

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
    expect(steps).toContain(`"'=HYPERLINK(""evil"")"`);
    expect(toCsv(["a"], [["-1"], ["plain"]])).toBe("a\r\n'-1\r\nplain\r\n");
  });
});
