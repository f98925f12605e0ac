import { describe, expect, it } from "vitest";
import { GOAL_CATEGORY_VALUES } from "./categories";
import { MICRO_GOAL_SUGGESTIONS, normalizeStepTitle, suggestMicroGoals } from "./micro-goal-suggestions";
import { MicroGoalFormSchema } from "./schemas";

const titles = (category: Parameters<typeof suggestMicroGoals>[0], existing: string[] = []) => suggestMicroGoals(category, existing).map((suggestion) => suggestion.title);

describe("MICRO_GOAL_SUGGESTIONS", () => {
  it.each(GOAL_CATEGORY_VALUES)("offers at least three valid, distinct steps for %s", (category) => {
    const suggestions = MICRO_GOAL_SUGGESTIONS[category];
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(suggestions.map((suggestion) => normalizeStepTitle(suggestion.title))).size).toBe(suggestions.length);
    for (const suggestion of suggestions) {
      // Each is posted by a one-click form, so it must pass the same validation as a typed step.
      expect(MicroGoalFormSchema.safeParse({ ...suggestion, deadline: "" }).success).toBe(true);
      expect(suggestion.actionPlan).toMatch(/^What: .+\nResources: .+\nWho can help: .+$/);
    }
  });

  it("covers the areas the issue names", () => {
    expect(titles("EARNINGS")).toEqual(["Ask for a raise", "Apply for a promotion", "Change jobs"]);
    expect(titles("KNOWLEDGE")).toEqual(["Pick a course", "Block weekly study time", "Get certified"]);
    expect(titles("IMPACT")).toEqual(["Speak at a meetup", "Publish an article", "Mentor someone"]);
    expect(titles("LEADERSHIP")).toEqual(["Lead a project", "Ask for a stretch assignment", "Take a management course"]);
    expect(titles("EXPERIENCES")).toEqual(["Attend a conference", "Join a professional community", "Do an exchange or rotation"]);
    expect(titles("OTHER")).toHaveLength(3);
  });
});

describe("suggestMicroGoals", () => {
  it("returns every suggestion when the goal has no steps", () => {
    expect(suggestMicroGoals("EARNINGS", [])).toEqual(MICRO_GOAL_SUGGESTIONS.EARNINGS);
  });

  it("hides a suggestion once a step with its title exists, keeping the order of the rest", () => {
    expect(titles("EARNINGS", ["Apply for a promotion"])).toEqual(["Ask for a raise", "Change jobs"]);
  });

  it.each([
    ["different case", "ASK FOR A RAISE"],
    ["surrounding and repeated spaces", "  Ask   for a\traise "],
    ["a trailing full stop", "Ask for a raise."],
    ["trailing punctuation and space", "Ask for a raise !"],
  ])("treats %s as the same title", (_case, existing) => {
    expect(titles("EARNINGS", [existing])).not.toContain("Ask for a raise");
  });

  it("does not hide a suggestion for a merely similar step", () => {
    expect(titles("EARNINGS", ["Ask for a raise in March", "Ask for"])).toContain("Ask for a raise");
  });

  it("ignores steps of other areas' suggestions", () => {
    expect(titles("KNOWLEDGE", ["Ask for a raise", "Lead a project"])).toEqual(["Pick a course", "Block weekly study time", "Get certified"]);
  });

  it("returns nothing when every suggestion has been added", () => {
    expect(suggestMicroGoals("IMPACT", ["Speak at a meetup", "Publish an article", "Mentor someone"])).toEqual([]);
  });
});

describe("normalizeStepTitle", () => {
  it.each([
    ["Ask for a raise", "ask for a raise"],
    ["  Ask\n for  a raise…  ", "ask for a raise"],
    ["Get certified?!", "get certified"],
    ["Ｇｅｔ certified", "get certified"],
    ["", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(normalizeStepTitle(input)).toBe(expected);
  });
});
