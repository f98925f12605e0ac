import { describe, expect, it } from "vitest";
import { layoutTimeline, timelineX, TIMELINE } from "./timeline";

const today = "2027-01-01";
const usable = TIMELINE.width - TIMELINE.left - TIMELINE.right;

describe("timelineX", () => {
  it.each([
    ["2026-06-01", 0],
    ["2027-01-01", 0],
    ["2028-01-01", 0.4],
    ["2032-01-01", 0.75],
    ["2037-01-01", 1],
    ["2045-01-01", 1],
  ])("places %s at %s of the axis", (date, share) => {
    expect(timelineX(date, today)).toBeCloseTo(TIMELINE.left + usable * share, 5);
  });

  it("is monotonic across segment boundaries", () => {
    const dates = ["2027-06-30", "2027-12-31", "2028-01-02", "2031-12-31", "2032-01-02", "2036-12-31"];
    const xs = dates.map((date) => timelineX(date, today));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe("layoutTimeline", () => {
  const goals = [
    { id: "g10", title: "Run my own studio", horizonYears: 10 as const, deadline: "2036-06-30", microGoals: [] },
    {
      id: "g1b",
      title: "Ship the redesign",
      horizonYears: 1 as const,
      deadline: "2027-09-30",
      microGoals: [
        { id: "s1", title: "Prototype", deadline: "2027-03-01", done: true },
        { id: "s2", title: "Undated", deadline: null, done: false },
      ],
    },
    { id: "g1a", title: "Overdue one", horizonYears: 1 as const, deadline: "2026-12-01", microGoals: [] },
  ];

  it("groups goals into horizon bands, soonest first, and skips empty bands", () => {
    const layout = layoutTimeline(goals, today);
    expect(layout.bands.map((band) => band.horizonYears)).toEqual([1, 10]);
    expect(layout.rows.map((row) => row.goalId)).toEqual(["g1a", "g1b", "g10"]);
    const ys = layout.rows.map((row) => row.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(3);
  });

  it("places dated steps on their goal's row and flags overdue goals", () => {
    const layout = layoutTimeline(goals, today);
    const redesign = layout.rows.find((row) => row.goalId === "g1b");
    expect(redesign?.steps.map((step) => step.id)).toEqual(["s1"]);
    expect(redesign?.steps[0]?.x).toBeLessThan(redesign?.x ?? 0);
    expect(layout.rows.find((row) => row.goalId === "g1a")).toMatchObject({ overdue: true, x: TIMELINE.left });
  });

  it("puts a title left of its marker when it would run off the right edge", () => {
    const layout = layoutTimeline(goals, today);
    const near = layout.rows.find((row) => row.goalId === "g1b");
    const far = layout.rows.find((row) => row.goalId === "g10");
    expect(near?.label).toEqual({ x: (near?.x ?? 0) + 14, anchor: "start" });
    expect(far?.label).toEqual({ x: (far?.x ?? 0) - 14, anchor: "end" });
  });

  it("labels the axis", () => {
    expect(layoutTimeline([], today).ticks.map((tick) => tick.label)).toEqual(["Today", "1 yr", "2 yr", "5 yr", "10 yr"]);
  });
});
