import { describe, expect, it } from "vitest";
import { getTimeline } from "./get-timeline";
import { hasAnyGoal } from "./has-any-goal";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createGoal } from "@/test/integration/factories";

const db = setupTestDatabase();

describe("getTimeline", () => {
  it("lays out only the actor's active goals and their dated steps", async () => {
    const owner = await createSessionUser(db.prisma, { timeZone: "Asia/Kathmandu" });
    const other = await createSessionUser(db.prisma);
    const goal = await createGoal(db.prisma, owner, { title: "Mine", horizonYears: 5, deadline: "2030-01-31" });
    await db.prisma.microGoal.createMany({
      data: [
        { goalId: goal.id, title: "Dated", position: 0, deadline: new Date("2027-05-01"), doneAt: new Date() },
        { goalId: goal.id, title: "Undated", position: 1 },
      ],
    });
    await createGoal(db.prisma, owner, { title: "Dropped", deadline: "2027-01-31", status: "DROPPED" });
    await createGoal(db.prisma, other, { title: "Someone else's", deadline: "2027-01-31" });

    // 20:00 UTC on 20 Nov is already 21 Nov in Kathmandu.
    const { today, layout, truncated } = await getTimeline(owner, new Date("2026-11-20T20:00:00Z"));
    expect(today).toBe("2026-11-21");
    expect(truncated).toBe(false);
    expect(layout.rows.map((row) => row.title)).toEqual(["Mine"]);
    expect(layout.rows[0]?.steps.map((step) => ({ title: step.title, done: step.done }))).toEqual([{ title: "Dated", done: true }]);
  });
});

describe("hasAnyGoal", () => {
  it("counts only the actor's own goals, of any status", async () => {
    const owner = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    expect(await hasAnyGoal(owner)).toBe(false);
    await createGoal(db.prisma, other, { title: "Theirs", deadline: "2027-01-31" });
    expect(await hasAnyGoal(owner)).toBe(false);
    await createGoal(db.prisma, owner, { title: "Dropped one", deadline: "2027-01-31", status: "DROPPED" });
    expect(await hasAnyGoal(owner)).toBe(true);
  });
});
