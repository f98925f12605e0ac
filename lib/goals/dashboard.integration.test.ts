import { describe, expect, it } from "vitest";
import { DUE_PREVIEW_LIMIT, getDashboard } from "./dashboard";
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
    // Goal 0 (8 Mar) and goal 1 (9 Mar) come first among the overdue (goals before steps on the same day).
    const { overdue, "due-this-week": dueThisWeek, "due-this-month": dueThisMonth } = dashboard.due;
    expect(overdue.items.filter((item) => item.kind === "goal").map((item) => item.title)).toEqual(["Goal 0", "Goal 1"]);
    expect(dueThisWeek.items.some((item) => item.kind === "goal" && item.title === "Goal 2")).toBe(true);
    expect(overdue.items.every((item) => item.deadline < "2027-03-10")).toBe(true);
    expect(dueThisWeek.items.every((item) => item.deadline >= "2027-03-10" && item.deadline < "2027-03-17")).toBe(true);
    expect(dueThisMonth.items.every((item) => item.deadline >= "2027-03-17" && item.deadline <= "2027-04-09")).toBe(true);
    // Each list shows its first DUE_PREVIEW_LIMIT items and counts all of them. Open steps (5-9 of
    // goal g) are due 10 Mar + g + (0..4); goals on 8 Mar + g.
    const openSteps = goals.flatMap((_, g) => [5, 6, 7, 8, 9].map((i) => 5 + i + g));
    const count = (from: number, to: number) => openSteps.filter((d) => d >= from && d < to).length + goals.filter((_, g) => 8 + g >= from && 8 + g < to).length;
    expect(overdue.total).toBe(count(-100, 10));
    expect(dueThisWeek.total).toBe(count(10, 17));
    expect(dueThisMonth.total).toBe(count(17, 41));
    for (const list of [overdue, dueThisWeek, dueThisMonth]) expect(list.items).toHaveLength(Math.min(DUE_PREVIEW_LIMIT, list.total));
    expect(overdue.items.map((item) => item.deadline)).toEqual([...overdue.items.map((item) => item.deadline)].sort());

    // One list in full, the others still cut.
    const expanded = await getDashboard(owner, now, { expand: "due-this-week" });
    expect(expanded.due["due-this-week"].items).toHaveLength(dueThisWeek.total);
    expect(expanded.due["due-this-week"].total).toBe(dueThisWeek.total);
    expect(expanded.due.overdue.items).toHaveLength(Math.min(DUE_PREVIEW_LIMIT, overdue.total));
    expect(dashboard.recentCheckIns.map((checkIn) => checkIn.note)).toEqual(["First week done"]);
  });

  it("shows nothing of other users'", async () => {
    const owner = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    await db.prisma.goal.create({ data: { ownerId: other.id, title: "Not yours", category: "OTHER", horizonYears: 1, deadline: new Date("2027-03-11") } });
    const dashboard = await getDashboard(owner, new Date("2027-03-10T12:00:00Z"));
    expect([...dashboard.goalsByHorizon[1], ...dashboard.due.overdue.items, ...dashboard.due["due-this-week"].items]).toEqual([]);
    expect(dashboard.due["due-this-week"].total).toBe(0);
  });
});
