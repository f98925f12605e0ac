import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./timeline";
import { timelineByYear } from "./timeline-list";

const today = "2026-12-03";

describe("timelineByYear", () => {
  it("lists goal deadlines and dated steps in date order, grouped by year, with whole titles", () => {
    const long = "Earn 10% more by leading the payments migration at work and mentoring the new team on it";
    const { rows } = layoutTimeline(
      [
        { id: "g5", title: "Mentor five engineers", horizonYears: 5, deadline: "2031-06-03", microGoals: [] },
        {
          id: "g1",
          title: long,
          horizonYears: 1,
          deadline: "2027-10-03",
          microGoals: [
            { id: "s2", title: "Run the pilot", deadline: "2027-04-03", done: false },
            { id: "s1", title: "Write the proposal", deadline: "2027-01-03", done: true },
          ],
        },
      ],
      today,
    );
    const years = timelineByYear(rows);
    expect(years.map((year) => year.year)).toEqual(["2027", "2031"]);
    expect(years[0]?.entries.map((entry) => `${entry.kind}:${entry.title}`)).toEqual(["step:Write the proposal", "step:Run the pilot", `goal:${long}`]);
    expect(years[0]?.entries[0]).toMatchObject({ kind: "step", goalTitle: long, done: true });
    expect(years[1]?.entries).toEqual([expect.objectContaining({ kind: "goal", goalId: "g5", horizonYears: 5, overdue: false })]);
  });

  it("puts a step due on its goal's deadline before the goal", () => {
    const { rows } = layoutTimeline([{ id: "g", title: "Ship it", horizonYears: 1, deadline: "2027-05-01", microGoals: [{ id: "s", title: "Last step", deadline: "2027-05-01", done: false }] }], today);
    expect(timelineByYear(rows)[0]?.entries.map((entry) => entry.kind)).toEqual(["step", "goal"]);
  });

  it("is empty without goals", () => {
    expect(timelineByYear([])).toEqual([]);
  });
});
