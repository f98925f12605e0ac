import { describe, expect, it } from "vitest";
import { addYears } from "@/lib/time/calendar-math";
import { exampleDeadline, findGoalExample, GOAL_EXAMPLE_KEYS, goalExamples } from "./goal-examples";
import { smartDraftOf } from "./goal-draft";
import { newGoalSchema } from "./schemas";
import { analyzeSmart } from "./smart";

// Ordinary days and the edges of months and years, where "end of the month" logic goes wrong.
const TODAYS = ["2026-11-20", "2026-01-31", "2027-12-31", "2028-02-29", "2026-03-01", "2030-06-15"];

describe("goalExamples", () => {
  it("offers the six starting points people ask for, each once", () => {
    const keys = goalExamples("2026-11-20").map((example) => example.key);
    expect(keys).toEqual(expect.arrayContaining(["switch-industries", "retire-by-55", "advanced-degree", "executive-position", "fully-remote", "consulting-business"]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...GOAL_EXAMPLE_KEYS]);
  });

  describe.each(TODAYS)("on %s", (today) => {
    it.each(goalExamples(today).map((example) => [example.key, example] as const))("%s passes all five SMART parts with nothing to fix", (_key, example) => {
      const analysis = analyzeSmart(smartDraftOf(example.draft), today);
      // Met, and without a note: a note would mean the example disagrees with itself.
      expect(analysis).toEqual({ specific: { met: true }, measurable: { met: true }, attainable: { met: true }, relevant: { met: true }, timeBound: { met: true } });
    });

    it.each(goalExamples(today).map((example) => [example.key, example] as const))("%s is a complete goal the create form accepts", (_key, example) => {
      const parsed = newGoalSchema(today).safeParse(example.draft);
      expect(parsed.error?.issues ?? []).toEqual([]);
      for (const field of ["title", "category", "horizonYears", "specific", "measure", "targetValue", "attainable", "relevant", "deadline"] as const) {
        expect(example.draft[field], field).not.toBe("");
      }
      expect(example.draft.visibility).toBe("PRIVATE");
    });
  });
});

describe("exampleDeadline", () => {
  it.each<[string, 1 | 5 | 10, string]>([
    ["2026-11-20", 1, "2027-10-31"],
    ["2026-11-20", 5, "2031-10-31"],
    ["2026-11-20", 10, "2036-10-31"],
    // today + horizon is itself the last day of its month: that month fits.
    ["2026-11-30", 1, "2027-11-30"],
    ["2026-01-31", 1, "2027-01-31"],
    // January: the month before is December of the year before.
    ["2026-01-15", 1, "2026-12-31"],
    // Feb 29 + 1 year is Feb 28, the last day of that February.
    ["2028-02-29", 1, "2029-02-28"],
    ["2028-02-29", 10, "2038-02-28"],
  ])("from %s with a %i-year horizon is %s", (today, horizon, expected) => {
    const deadline = exampleDeadline(today, horizon);
    expect(deadline).toBe(expected);
    expect(deadline <= addYears(today, horizon)).toBe(true);
  });
});

describe("findGoalExample", () => {
  it("finds an example by key and names its deadline month in the statement", () => {
    const example = findGoalExample("retire-by-55", "2026-11-20");
    expect(example?.draft.deadline).toBe("2036-10-31");
    expect(example?.draft.title).toBe("Build a $1.2M investment portfolio by October 2036 so I can retire at 55");
  });

  it.each([undefined, "", "nope", "constructor", "__proto__", "Retire-By-55"])("ignores %j", (key) => {
    expect(findGoalExample(key, "2026-11-20")).toBeUndefined();
  });
});
