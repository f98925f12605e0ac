import { describe, expect, it } from "vitest";
import { achievementShortfall } from "./achievement-shortfall";

const step = (done: boolean) => ({ doneAt: done ? new Date("2026-01-01") : null });
const noMeasure = { targetValue: null, currentValue: null, baselineValue: null, measureUnit: null };

describe("achievementShortfall", () => {
  it("asks about open steps", () => {
    expect(achievementShortfall({ microGoals: [step(true), step(false), step(false)], ...noMeasure })).toEqual({
      openSteps: 2,
      totalSteps: 3,
      question: "2 of 3 steps are still open: mark achieved anyway?",
    });
  });

  it("asks about a measure short of its target, with the unit", () => {
    expect(achievementShortfall({ microGoals: [], targetValue: 100, currentValue: 75, baselineValue: null, measureUnit: "talks" })?.question).toBe("The measure is at 75 talks of 100 talks (75%): mark achieved anyway?");
  });

  it("names both when both are short", () => {
    expect(achievementShortfall({ microGoals: [step(false)], targetValue: 10, currentValue: 5, baselineValue: 0, measureUnit: null })?.question).toBe("1 of 1 step is still open and the measure is at 5 of 10 (50%): mark achieved anyway?");
  });

  it("does not ask when every step is done and the target is reached", () => {
    expect(achievementShortfall({ microGoals: [step(true)], targetValue: 10, currentValue: 12, baselineValue: 0, measureUnit: null })).toBeNull();
    expect(achievementShortfall({ microGoals: [], ...noMeasure })).toBeNull();
  });
});
