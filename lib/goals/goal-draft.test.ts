import { describe, expect, it } from "vitest";
import { EMPTY_GOAL_DRAFT, goalDraftFromGoal, goalDraftFromSearchParams, prefillQuery, smartDraftOf, targetPhrase, withEchoedValues } from "./goal-draft";
import type { GoalDto } from "./goal-dto";

const TODAY = "2026-11-20";

describe("goalDraftFromSearchParams", () => {
  it("starts blank and private with no horizon chosen", () => {
    expect(goalDraftFromSearchParams({}, TODAY)).toEqual(EMPTY_GOAL_DRAFT);
    expect(EMPTY_GOAL_DRAFT.visibility).toBe("PRIVATE");
    expect(EMPTY_GOAL_DRAFT.horizonYears).toBe("");
  });

  it("takes the reflection prefill", () => {
    const draft = goalDraftFromSearchParams({ title: " Lead a team I respect ", category: "LEADERSHIP", relevant: "Reflection — why: because", horizon: "5" }, TODAY);
    expect(draft).toEqual({ ...EMPTY_GOAL_DRAFT, title: "Lead a team I respect", category: "LEADERSHIP", relevant: "Reflection — why: because", horizonYears: "5" });
  });

  it.each([
    ["category", "CEO"],
    ["category", "leadership"],
    ["horizon", "2"],
    ["horizon", "5.0"],
    ["horizon", ""],
    ["title", "x".repeat(161)],
    ["title", "   "],
    ["relevant", "y".repeat(2001)],
    ["example", "win-the-lottery"],
  ])("ignores a bad %s (%j)", (name, value) => {
    expect(goalDraftFromSearchParams({ [name]: value }, TODAY)).toEqual(EMPTY_GOAL_DRAFT);
  });

  it("uses the first of repeated parameters", () => {
    expect(goalDraftFromSearchParams({ category: ["KNOWLEDGE", "EARNINGS"] }, TODAY).category).toBe("KNOWLEDGE");
  });

  it("starts from an example and lets the reflection prefill win", () => {
    const draft = goalDraftFromSearchParams({ example: "fully-remote", relevant: "My own reason" }, TODAY);
    expect(draft.title).toBe("Work fully remote as a senior backend developer by October 2027");
    expect(draft.deadline).toBe("2027-10-31");
    expect(draft.horizonYears).toBe("1");
    expect(draft.relevant).toBe("My own reason");
  });
});

describe("prefillQuery", () => {
  it("keeps the prefill parameters and drops everything else", () => {
    const query = prefillQuery({ title: "Earn $120k", category: "EARNINGS", relevant: "why", horizon: "5", example: "retire-by-55", mode: "form", other: "x" });
    expect(query.toString()).toBe("example=retire-by-55&title=Earn+%24120k&category=EARNINGS&relevant=why&horizon=5");
  });
});

describe("withEchoedValues", () => {
  it("lays the typed values over the draft, ignoring keys that are not goal fields", () => {
    const draft = withEchoedValues(EMPTY_GOAL_DRAFT, { title: "Typed", deadline: "2020-01-01", $ACTION_1: "x", hacker: "y" });
    expect(draft).toEqual({ ...EMPTY_GOAL_DRAFT, title: "Typed", deadline: "2020-01-01" });
    expect(withEchoedValues(EMPTY_GOAL_DRAFT, undefined)).toBe(EMPTY_GOAL_DRAFT);
  });
});

describe("goalDraftFromGoal", () => {
  it("turns numbers and empty optionals into form strings", () => {
    const goal = {
      id: "3f8a1c2e-0000-4000-8000-000000000000",
      title: "Earn $120k",
      category: "EARNINGS",
      horizonYears: 5,
      specific: "As a designer",
      measure: "Salary",
      baselineValue: 95000.5,
      targetValue: 120000,
      currentValue: 95000.5,
      measureUnit: null,
      attainable: "a",
      relevant: "r",
      deadline: "2028-12-31",
      visibility: "BUDDIES",
      status: "ACTIVE",
      achievedAt: null,
      reward: null,
      feedbackStyle: "CANDID",
      reflectionHard: null,
      reflectionEasy: null,
      reflectionHelpers: null,
      reflectionDifferently: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    } satisfies GoalDto;
    expect(goalDraftFromGoal(goal)).toEqual({
      title: "Earn $120k",
      category: "EARNINGS",
      horizonYears: "5",
      specific: "As a designer",
      measure: "Salary",
      baselineValue: "95000.5",
      targetValue: "120000",
      measureUnit: "",
      attainable: "a",
      relevant: "r",
      deadline: "2028-12-31",
      visibility: "BUDDIES",
      reward: "",
      feedbackStyle: "CANDID",
    });
  });
});

describe("smartDraftOf", () => {
  it("reads the numbers as part of the measure and the horizon as a number", () => {
    const draft = { ...EMPTY_GOAL_DRAFT, title: "t", measure: "Salary", baselineValue: "95000", targetValue: "120000", measureUnit: "USD", horizonYears: "5" };
    expect(smartDraftOf(draft)).toMatchObject({ statement: "t", measure: "Salary: from 95000 to 120000 USD", horizonYears: 5 });
    expect(smartDraftOf({ ...draft, horizonYears: "" })).not.toHaveProperty("horizonYears");
  });

  it.each([
    [{ baselineValue: "", targetValue: "", measureUnit: "USD" }, ""],
    [{ baselineValue: "", targetValue: "5", measureUnit: "clients" }, "to 5 clients"],
    [{ baselineValue: "2", targetValue: "5", measureUnit: "" }, "from 2 to 5"],
  ])("targetPhrase(%j) is %j", (numbers, expected) => {
    expect(targetPhrase(numbers)).toBe(expected);
  });
});
