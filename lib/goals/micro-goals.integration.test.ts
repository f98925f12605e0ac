import { describe, expect, it } from "vitest";
import { createGoal } from "./create-goal";
import { getGoalDetail } from "./get-goal";
import { addMicroGoal, deleteMicroGoal, moveMicroGoal, reorderMicroGoals, setMicroGoalDone, updateMicroGoal } from "./micro-goals";
import { GoalFormSchema } from "./schemas";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";

const db = setupTestDatabase();

async function goalOf(owner: SessionUser) {
  return createGoal(owner, GoalFormSchema.parse({ title: "Become a team lead", category: "LEADERSHIP", horizonYears: "1", deadline: "2027-09-30", specific: "", measure: "", baselineValue: "", targetValue: "", measureUnit: "", attainable: "", relevant: "", reward: "" }));
}

const step = (title: string, deadline: string | null = null) => ({ title, actionPlan: `Plan for ${title}`, deadline });

async function titles(owner: SessionUser, goalId: string) {
  return (await getGoalDetail(owner, goalId)).microGoals.map((microGoal) => microGoal.title);
}

describe("micro-goals", () => {
  it("adds steps in order, edits, completes and deletes them, and progress follows", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id: goalId } = await goalOf(owner);
    const a = await addMicroGoal(owner, goalId, step("Ask for stretch work", "2027-01-31"));
    const b = await addMicroGoal(owner, goalId, step("Take a management course"));
    await addMicroGoal(owner, goalId, step("Mentor an intern"));
    expect(await titles(owner, goalId)).toEqual(["Ask for stretch work", "Take a management course", "Mentor an intern"]);

    await updateMicroGoal(owner, b.id, step("Finish a management course", "2027-05-31"));
    await setMicroGoalDone(owner, a.id, true);
    let detail = await getGoalDetail(owner, goalId);
    expect(detail.microGoals[0]).toMatchObject({ title: "Ask for stretch work", deadline: "2027-01-31", actionPlan: "Plan for Ask for stretch work" });
    expect(detail.microGoals[0]?.doneAt).toBeInstanceOf(Date);
    expect(detail.microGoals[1]).toMatchObject({ title: "Finish a management course", deadline: "2027-05-31" });
    expect(detail.progress).toEqual({ percent: 33, basis: "micro-goals", done: 1, total: 3 });

    await setMicroGoalDone(owner, a.id, false);
    await deleteMicroGoal(owner, b.id);
    detail = await getGoalDetail(owner, goalId);
    expect(detail.microGoals.map((microGoal) => microGoal.title)).toEqual(["Ask for stretch work", "Mentor an intern"]);
    expect(detail.progress.percent).toBe(0);
  });

  it("reorders by keyboard moves and by a full drag-and-drop order", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id: goalId } = await goalOf(owner);
    const ids = [];
    for (const title of ["One", "Two", "Three"]) ids.push((await addMicroGoal(owner, goalId, step(title))).id);
    await moveMicroGoal(owner, ids[2] as string, "up");
    expect(await titles(owner, goalId)).toEqual(["One", "Three", "Two"]);
    await moveMicroGoal(owner, ids[0] as string, "up");
    expect(await titles(owner, goalId)).toEqual(["One", "Three", "Two"]);
    await reorderMicroGoals(owner, goalId, [ids[1], ids[0], ids[2]] as string[]);
    expect(await titles(owner, goalId)).toEqual(["Two", "One", "Three"]);
    await expect(reorderMicroGoals(owner, goalId, [ids[0], ids[1]] as string[])).rejects.toBeInstanceOf(NotFoundError);
    expect(await titles(owner, goalId)).toEqual(["Two", "One", "Three"]);
  });

  it("gives concurrent adds distinct positions", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id: goalId } = await goalOf(owner);
    await Promise.all(Array.from({ length: 8 }, (_, index) => addMicroGoal(owner, goalId, step(`Step ${index}`))));
    const positions = (await db.prisma.microGoal.findMany({ where: { goalId }, select: { position: true } })).map((row) => row.position).sort((x, y) => x - y);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("never lets another user touch someone's steps", async () => {
    const owner = await createSessionUser(db.prisma);
    const intruder = await createSessionUser(db.prisma);
    const { id: goalId } = await goalOf(owner);
    const { id } = await addMicroGoal(owner, goalId, step("Mine"));
    const before = await db.prisma.microGoal.findMany({ where: { goalId } });

    await expect(addMicroGoal(intruder, goalId, step("Injected"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateMicroGoal(intruder, id, step("Changed"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMicroGoalDone(intruder, id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveMicroGoal(intruder, id, "down")).rejects.toBeInstanceOf(NotFoundError);
    await expect(reorderMicroGoals(intruder, goalId, [id])).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteMicroGoal(intruder, id)).rejects.toBeInstanceOf(NotFoundError);

    expect(await db.prisma.microGoal.findMany({ where: { goalId } })).toEqual(before);
  });
});
