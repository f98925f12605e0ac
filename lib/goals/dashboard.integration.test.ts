import { describe, expect, it } from "vitest";
import { DUE_PREVIEW_LIMIT, getDashboard } from "./dashboard";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createGoal } from "@/test/integration/factories";

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
    await createCheckIn(db.prisma, { id: goals[0]?.id as string, ownerId: owner.id }, { note: "First week done", createdAt: now });

    queries.length = 0;
    const dashboard = await getDashboard(owner, now);
    // Active goals (with step counts), each goal's state (done steps, next open step, last
    // check-in), due steps, recent check-ins, goal counts by status: the count is the same for 1
    // goal or 100.
    expect(queries).toHaveLength(5);

    expect(dashboard.today).toBe("2027-03-10");
    expect(dashboard.goalsByHorizon[1]).toHaveLength(17);
    expect(dashboard.goalsByHorizon[5]).toHaveLength(17);
    expect(dashboard.goalsByHorizon[10]).toHaveLength(16);
    expect(dashboard.goalsByHorizon[1][0]?.progress).toEqual({ percent: 50, basis: "micro-goals", done: 5, total: 10 });
    // Goal 0's next action is its first open step (position 5, due 10 Mar), and its check-in is recent.
    expect(dashboard.goalsByHorizon[1][0]).toMatchObject({ title: "Goal 0", next: { kind: "step", title: "Goal 0 step 5", deadline: "2027-03-10", status: "due-this-week" }, checkInDueDays: null });
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
    await createGoal(db.prisma, other, { title: "Not yours", deadline: "2027-03-11" });
    const dashboard = await getDashboard(owner, new Date("2027-03-10T12:00:00Z"));
    expect([...dashboard.goalsByHorizon[1], ...dashboard.due.overdue.items, ...dashboard.due["due-this-week"].items]).toEqual([]);
    expect(dashboard.due["due-this-week"].total).toBe(0);
  });

  it("gives each active goal its next action: a first step, the next open step, or a check-in when it has been quiet", async () => {
    const owner = await createSessionUser(db.prisma);
    const now = new Date("2027-03-10T12:00:00Z");
    const weeksAgo = (weeks: number) => new Date(now.getTime() - weeks * 7 * 86_400_000);
    const bare = await createGoal(db.prisma, owner, { title: "No steps yet", deadline: "2027-09-30", createdAt: weeksAgo(3) });
    const planned = await createGoal(db.prisma, owner, { title: "Planned", deadline: "2027-09-30", createdAt: weeksAgo(10) });
    const finished = await createGoal(db.prisma, owner, { title: "All done", deadline: "2027-09-30", createdAt: weeksAgo(1) });
    await db.prisma.microGoal.createMany({
      data: [
        { goalId: planned.id, title: "Done first", position: 0, doneAt: now },
        { goalId: planned.id, title: "Undated next", position: 1 },
        { goalId: planned.id, title: "Dated later", position: 2, deadline: new Date("2027-03-12") },
        { goalId: finished.id, title: "Only step", position: 0, doneAt: now },
      ],
    });
    await createCheckIn(db.prisma, planned, { authorId: owner.id, note: "Slow month", createdAt: weeksAgo(3) });

    const byTitle = new Map((await getDashboard(owner, now)).goalsByHorizon[1].map((goal) => [goal.title, goal]));
    expect(byTitle.get(bare.title)).toMatchObject({ next: { kind: "first-step" }, checkInDueDays: 21, hasCheckedIn: false });
    // The plan's order decides the next step, not the dates.
    expect(byTitle.get(planned.title)).toMatchObject({ next: { kind: "step", title: "Undated next", deadline: null, status: null }, checkInDueDays: 21, hasCheckedIn: true });
    expect(byTitle.get(finished.title)).toMatchObject({ next: { kind: "all-steps-done" }, checkInDueDays: null });
  });
});
