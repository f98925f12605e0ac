import { describe, expect, it } from "vitest";
import { daysUntil, deadlineStatus, goalProgress, type GoalProgress, type ProgressInput } from "./progress";

const DONE = new Date("2026-11-01T10:00:00Z");
const steps = (done: number, open: number) => [...Array.from({ length: done }, () => ({ doneAt: DONE })), ...Array.from({ length: open }, () => ({ doneAt: null }))];
const noMeasure = { targetValue: null, currentValue: null };

describe("goalProgress", () => {
  it.each<[string, ProgressInput, GoalProgress]>([
    ["no micro-goals and no measure", { microGoals: [], ...noMeasure }, { percent: 0, basis: "none" }],
    ["none of three micro-goals done", { microGoals: steps(0, 3), ...noMeasure }, { percent: 0, basis: "micro-goals", done: 0, total: 3 }],
    ["one of three done rounds down", { microGoals: steps(1, 2), ...noMeasure }, { percent: 33, basis: "micro-goals", done: 1, total: 3 }],
    ["two of three done rounds down", { microGoals: steps(2, 1), ...noMeasure }, { percent: 66, basis: "micro-goals", done: 2, total: 3 }],
    ["199 of 200 done is not 100", { microGoals: steps(199, 1), ...noMeasure }, { percent: 99, basis: "micro-goals", done: 199, total: 200 }],
    ["all done", { microGoals: steps(4, 0), ...noMeasure }, { percent: 100, basis: "micro-goals", done: 4, total: 4 }],
    ["doneAt as an ISO string", { microGoals: [{ doneAt: "2026-11-01T10:00:00.000Z" }, { doneAt: null }], ...noMeasure }, { percent: 50, basis: "micro-goals", done: 1, total: 2 }],
    ["a measure without a baseline starts from 0", { microGoals: steps(0, 2), targetValue: 120_000, currentValue: 90_000 }, { percent: 75, basis: "measure" }],
    ["a measure with a baseline", { microGoals: [], targetValue: 120_000, currentValue: 100_000, baselineValue: 80_000 }, { percent: 50, basis: "measure" }],
    ["the measure wins over micro-goals", { microGoals: steps(3, 0), targetValue: 24, currentValue: 6, baselineValue: 0 }, { percent: 25, basis: "measure" }],
    ["a decreasing target: commute from 10 to 2 hours, now 6", { microGoals: [], targetValue: 2, currentValue: 6, baselineValue: 10 }, { percent: 50, basis: "measure" }],
    ["a decreasing target reached", { microGoals: [], targetValue: 2, currentValue: 1.5, baselineValue: 10 }, { percent: 100, basis: "measure" }],
    ["a decreasing target gone the wrong way", { microGoals: [], targetValue: 2, currentValue: 12, baselineValue: 10 }, { percent: 0, basis: "measure" }],
    ["below the baseline clamps to 0", { microGoals: [], targetValue: 100, currentValue: 40, baselineValue: 50 }, { percent: 0, basis: "measure" }],
    ["beyond the target clamps to 100", { microGoals: [], targetValue: 100, currentValue: 130, baselineValue: 50 }, { percent: 100, basis: "measure" }],
    ["a hair short of the target is 99", { microGoals: [], targetValue: 1000, currentValue: 999.9, baselineValue: 0 }, { percent: 99, basis: "measure" }],
    ["float noise does not lose a percent (0.29 * 100 = 28.999…)", { microGoals: [], targetValue: 1, currentValue: 0.29 }, { percent: 29, basis: "measure" }],
    ["float noise does not block completion", { microGoals: [], targetValue: 0.3, currentValue: 0.1 + 0.2, baselineValue: 0 }, { percent: 100, basis: "measure" }],
    ["target equal to baseline, on target", { microGoals: [], targetValue: 40, currentValue: 40, baselineValue: 40 }, { percent: 100, basis: "measure" }],
    ["target equal to baseline, off target", { microGoals: [], targetValue: 40, currentValue: 45, baselineValue: 40 }, { percent: 0, basis: "measure" }],
    ["negative values", { microGoals: [], targetValue: -10, currentValue: -5, baselineValue: 0 }, { percent: 50, basis: "measure" }],
    ["a target without a current value falls back to micro-goals", { microGoals: steps(1, 1), targetValue: 100, currentValue: null }, { percent: 50, basis: "micro-goals", done: 1, total: 2 }],
    ["a current value without a target falls back to micro-goals", { microGoals: steps(1, 3), targetValue: null, currentValue: 10 }, { percent: 25, basis: "micro-goals", done: 1, total: 4 }],
    ["a non-finite measure is ignored", { microGoals: [], targetValue: Number.NaN, currentValue: 3 }, { percent: 0, basis: "none" }],
    ["achieved beats everything", { microGoals: steps(0, 5), targetValue: 100, currentValue: 10, status: "ACHIEVED" }, { percent: 100, basis: "achieved", measuredPercent: 10, done: 0, total: 5 }],
    ["achieved with nothing to measure", { microGoals: [], targetValue: null, currentValue: null, status: "ACHIEVED" }, { percent: 100, basis: "achieved" }],
    ["dropped goals still show how far they got", { microGoals: steps(1, 1), ...noMeasure, status: "DROPPED" }, { percent: 50, basis: "micro-goals", done: 1, total: 2 }],
  ])("%s", (_label, input, expected) => {
    expect(goalProgress(input)).toEqual(expected);
  });

  it("always returns an integer from 0 to 100", () => {
    for (let current = -50; current <= 150; current += 0.7) {
      const { percent } = goalProgress({ microGoals: [], targetValue: 100, currentValue: current, baselineValue: 3 });
      expect(Number.isInteger(percent) && percent >= 0 && percent <= 100).toBe(true);
    }
  });
});

describe("deadlines", () => {
  const TODAY = "2026-11-20";

  it.each([
    ["2026-11-20", 0],
    ["2026-11-21", 1],
    ["2026-11-19", -1],
    ["2026-12-20", 30],
    ["2028-02-29", 466],
  ])("daysUntil(%s) from 2026-11-20 = %i", (deadline, days) => {
    expect(daysUntil(deadline, TODAY)).toBe(days);
  });

  it.each<[string, boolean, ReturnType<typeof deadlineStatus>]>([
    ["2026-11-19", false, "overdue"],
    ["2025-01-01", false, "overdue"],
    ["2026-11-19", true, "done"],
    ["2027-06-30", true, "done"],
    ["2026-11-20", false, "due-this-week"],
    ["2026-11-26", false, "due-this-week"],
    ["2026-11-27", false, "due-this-month"],
    ["2026-12-20", false, "due-this-month"],
    ["2026-12-21", false, "later"],
    ["2030-01-01", false, "later"],
  ])("deadlineStatus(%s, done: %s) = %s", (deadline, done, status) => {
    expect(deadlineStatus(deadline, TODAY, done)).toBe(status);
  });

  it("refuses malformed dates", () => {
    expect(() => daysUntil("soon", TODAY)).toThrow(RangeError);
    expect(() => deadlineStatus("2026-02-30", TODAY, false)).toThrow(RangeError);
  });
});
