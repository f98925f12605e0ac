import { describe, expect, it } from "vitest";
import { getDashboard } from "./dashboard";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";

const queries: string[] = [];
const db = setupTestDatabase({ onQuery: (sql) => queries.push(sql) });

describe("getDashboard", () => {
  it("renders a heavy user's dashboard (50 goals, 500 steps) with 5 queries, and groups what is due", async () => {
    const owner = await createSessionUser(db.prisma, { timeZone: "Europe/London" });
    const now = new Date("2027-03-10T12:00:00Z");
    const goals = await db.prisma.goal.createManyAndReturn({
      data: Array.from({ length: 50 }, (_, index) => ({
        ownerId: owner.id,
        title: `Goal ${index}`,
        category: "KNOWLEDGE" as const,
        horizonYears: [1, 5, 10][index % 3] as number,
        deadline: new Date(Date.UTC(2027, 2, 8 + index)),
      })),
      select: { id: true, title: true },
    });
    await db.prisma.microGoal.createMany({
      data: goals.flatMap((goal, goalIndex) =>
        Array.from({ length: 10 }, (_, index) => ({
          goalId: goal.id,
          title: `${goal.title} step ${index}`,
          position: index,
          deadline: new Date(Date.UTC(2027, 2, 5 + index + goalIndex)),
          doneAt: index < 5 ? now : null,
        })),
      ),
    });
    await db.prisma.checkIn.create({ data: { goalId: goals[0]?.id as string, authorId: owner.id, note: "First week done" } });

    queries.length = 0;
    const dashboard = await getDashboard(owner, now);
    // Active goals (with step counts), done-step counts, due steps, recent check-ins, goal counts
    // by status: relations are joined (relationJoins), so the count is the same for 1 goal or 100.
    expect(queries).toHaveLength(5);

    expect(dashboard.today).toBe("2027-03-10");
    expect(dashboard.goalsByHorizon[1]).toHaveLength(17);
    expect(dashboard.goalsByHorizon[5]).toHaveLength(17);
    expect(dashboard.goalsByHorizon[10]).toHaveLength(16);
    expect(dashboard.goalsByHorizon[1][0]?.progress).toEqual({ percent: 50, basis: "micro-goals", done: 5, total: 10 });
    // Goal 0 (due 8 Mar) and goal 1 (9 Mar) are overdue; goal 2 is due today.
    expect(dashboard.overdue.filter((item) => item.kind === "goal").map((item) => item.title)).toEqual(["Goal 0", "Goal 1"]);
    expect(dashboard.dueThisWeek.some((item) => item.kind === "goal" && item.title === "Goal 2")).toBe(true);
    expect(dashboard.overdue.every((item) => item.deadline < "2027-03-10")).toBe(true);
    expect(dashboard.dueThisMonth.every((item) => item.deadline >= "2027-03-17")).toBe(true);
    expect(dashboard.recentCheckIns.map((checkIn) => checkIn.note)).toEqual(["First week done"]);
  });

  it("shows nothing of other users'", async () => {
    const owner = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    await db.prisma.goal.create({ data: { ownerId: other.id, title: "Not yours", category: "OTHER", horizonYears: 1, deadline: new Date("2027-03-11") } });
    const dashboard = await getDashboard(owner, new Date("2027-03-10T12:00:00Z"));
    expect([...dashboard.goalsByHorizon[1], ...dashboard.overdue, ...dashboard.dueThisWeek]).toEqual([]);
  });
});
