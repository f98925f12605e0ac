import { describe, expect, it } from "vitest";
import { createGoal } from "./create-goal";
import { updateGoal } from "./update-goal";
import { deleteGoal } from "./delete-goal";
import { achieveGoal, dropGoal, reactivateGoal, saveAchievementReflection } from "./set-goal-status";
import { getGoal, getGoalDetail, CHECK_IN_PAGE_SIZE } from "./get-goal";
import { listGoals } from "./list-goals";
import { addCheckIn } from "./check-ins";
import { GoalFormSchema, type GoalFormInput } from "./schemas";
import { NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";

const db = setupTestDatabase();

function goalInput(overrides: Partial<Record<keyof GoalFormInput, string>> = {}): GoalFormInput {
  return GoalFormSchema.parse({
    title: "Earn $120k a year as a product designer",
    category: "EARNINGS",
    horizonYears: "5",
    specific: "Move from junior to senior product designer",
    measure: "Annual salary",
    baselineValue: "80,000",
    targetValue: "120000",
    measureUnit: "USD",
    attainable: "I have a mentor and a portfolio",
    relevant: "Financial freedom for my family",
    deadline: "2030-06-30",
    visibility: "PRIVATE",
    reward: "A week in Lisbon",
    ...overrides,
  });
}

describe("goals", () => {
  it("creates a goal owned by the actor, with the measure starting at its baseline", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput());
    const goal = await getGoal(owner, id);
    expect(goal).toMatchObject({
      title: "Earn $120k a year as a product designer",
      horizonYears: 5,
      deadline: "2030-06-30",
      baselineValue: 80000,
      targetValue: 120000,
      currentValue: 80000,
      measureUnit: "USD",
      visibility: "PRIVATE",
      status: "ACTIVE",
      reward: "A week in Lisbon",
    });
  });

  it("edits, drops, reactivates, achieves and deletes the actor's goal", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput());
    await updateGoal(owner, id, goalInput({ title: "Lead design at a fintech", horizonYears: "10", deadline: "2035-01-31", visibility: "BUDDIES" }));
    expect(await getGoal(owner, id)).toMatchObject({ title: "Lead design at a fintech", horizonYears: 10, deadline: "2035-01-31", visibility: "BUDDIES" });

    await dropGoal(owner, id);
    expect((await getGoal(owner, id)).status).toBe("DROPPED");
    await reactivateGoal(owner, id);
    expect((await getGoal(owner, id)).status).toBe("ACTIVE");

    await achieveGoal(owner, id, { reflectionHard: "Saying no", reflectionEasy: "", reflectionHelpers: "My buddy", reflectionDifferently: "" });
    const achieved = await getGoal(owner, id);
    expect(achieved).toMatchObject({ status: "ACHIEVED", reflectionHard: "Saying no", reflectionEasy: null, reflectionHelpers: "My buddy" });
    expect(achieved.achievedAt).toBeInstanceOf(Date);
    await saveAchievementReflection(owner, id, { reflectionHard: "Saying no", reflectionEasy: "Portfolio", reflectionHelpers: "My buddy", reflectionDifferently: "Start sooner" });
    expect(await getGoal(owner, id)).toMatchObject({ reflectionEasy: "Portfolio", reflectionDifferently: "Start sooner", achievedAt: achieved.achievedAt });

    await deleteGoal(owner, id);
    await expect(getGoal(owner, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists goals by status, a page at a time", async () => {
    const owner = await createSessionUser(db.prisma);
    const ids = [];
    for (const deadline of ["2031-01-01", "2028-01-01", "2029-01-01"]) ids.push((await createGoal(owner, goalInput({ deadline }))).id);
    await dropGoal(owner, ids[2] as string);
    const active = await listGoals(owner, { status: "ACTIVE" });
    expect(active.goals.map((goal) => goal.deadline)).toEqual(["2028-01-01", "2031-01-01"]);
    expect(active.hasMore).toBe(false);
    expect((await listGoals(owner, { status: "DROPPED" })).goals.map((goal) => goal.id)).toEqual([ids[2]]);
  });

  it("records check-ins newest first, and a numeric check-in moves the goal's progress", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput());
    await addCheckIn(owner, id, { note: "Asked for a raise", progressValue: null });
    await addCheckIn(owner, id, { note: "Got an offer", progressValue: 100000 });
    const detail = await getGoalDetail(owner, id);
    expect(detail.checkIns.map((checkIn) => checkIn.note)).toEqual(["Got an offer", "Asked for a raise"]);
    expect(detail.goal.currentValue).toBe(100000);
    expect(detail.progress).toEqual({ percent: 50, basis: "measure" });
  });

  it("pages check-ins", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput());
    for (let index = 0; index < CHECK_IN_PAGE_SIZE + 2; index += 1) await addCheckIn(owner, id, { note: `Week ${index}`, progressValue: null });
    const first = await getGoalDetail(owner, id);
    expect(first.checkIns).toHaveLength(CHECK_IN_PAGE_SIZE);
    expect(first.hasMoreCheckIns).toBe(true);
    const next = await getGoalDetail(owner, id, { checkInsBefore: first.olderCheckIns ?? undefined });
    expect(next.checkIns).toHaveLength(2);
    expect(next.hasMoreCheckIns).toBe(false);
  });
});

describe("goals: another user's ids are not found and change nothing", () => {
  it("refuses every read and write on someone else's goal", async () => {
    const owner = await createSessionUser(db.prisma);
    const intruder = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput());
    const before = await db.prisma.goal.findUniqueOrThrow({ where: { id } });
    const reflection = { reflectionHard: "x", reflectionEasy: "", reflectionHelpers: "", reflectionDifferently: "" };

    await expect(getGoal(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGoalDetail(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateGoal(intruder, id, goalInput({ title: "Hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(dropGoal(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reactivateGoal(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(achieveGoal(intruder, id, reflection)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAchievementReflection(intruder, id, reflection)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addCheckIn(intruder, id, { note: "Sneaky", progressValue: 999999 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteGoal(intruder, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listGoals(intruder, { status: "ACTIVE" })).goals).toEqual([]);

    expect(await db.prisma.goal.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.prisma.checkIn.count({ where: { goalId: id } })).toBe(0);
  });

  it("answers malformed ids with not found, not a crash", async () => {
    const owner = await createSessionUser(db.prisma);
    await expect(getGoal(owner, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGoalDetail(owner, "' OR 1=1 --")).rejects.toBeInstanceOf(NotFoundError);
  });
});
