import { describe, expect, it } from "vitest";
import { EMPTY_GOAL_DRAFT } from "./goal-draft";
import { GOAL_TEXT_LIMITS, GoalFormSchema, MicroGoalFormSchema, newGoalSchema, newMicroGoalSchema } from "./schemas";

const TODAY = "2026-11-20";
// A blank draft (what the form posts) with the fields every case here needs.
const goal = (fields: Record<string, string> = {}) => ({
  ...EMPTY_GOAL_DRAFT,
  title: "Lead a team of 8 engineers",
  category: "LEADERSHIP",
  horizonYears: "1",
  deadline: "2027-06-30",
  ...fields,
});

function deadlineErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).filter((issue) => issue.path[0] === "deadline").map((issue) => issue.message);
}

describe("newGoalSchema", () => {
  it("gives an empty deadline one message, not two", () => {
    expect(deadlineErrors(newGoalSchema(TODAY).safeParse(goal({ deadline: "" })))).toEqual(["Choose a date."]);
    expect(deadlineErrors(GoalFormSchema.safeParse(goal({ deadline: "  " })))).toEqual(["Choose a date."]);
  });

  it("refuses a deadline in the past", () => {
    expect(deadlineErrors(newGoalSchema(TODAY).safeParse(goal({ deadline: "2026-11-19" })))).toEqual(["Choose a date that is not in the past."]);
    expect(newGoalSchema(TODAY).safeParse(goal({ deadline: TODAY })).success).toBe(true);
  });

  it("accepts a 1-year goal due in 13 months: a horizon is approximate", () => {
    expect(newGoalSchema(TODAY).safeParse(goal({ deadline: "2027-12-20" })).success).toBe(true);
    expect(newGoalSchema(TODAY).safeParse(goal({ deadline: "2028-05-20" })).success).toBe(true);
  });

  it("refuses a deadline beyond the horizon's reach, saying what the reach is", () => {
    expect(deadlineErrors(newGoalSchema(TODAY).safeParse(goal({ deadline: "2028-05-21" })))).toEqual(["2028-05-21 is beyond a 1-year goal's reach (up to 18 months, so by 2028-05-20): bring the deadline forward or choose a longer horizon."]);
    expect(newGoalSchema(TODAY).safeParse(goal({ horizonYears: "5", deadline: "2028-05-21" })).success).toBe(true);
  });

  it("refuses a pasted 5,000-character title instead of cutting it", () => {
    const result = newGoalSchema(TODAY).safeParse(goal({ title: "x".repeat(5000) }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([`Keep the goal to ${GOAL_TEXT_LIMITS.title} characters; put details under Specific.`]);
  });
});

describe("newMicroGoalSchema", () => {
  const step = (deadline: string) => ({ title: "Draft the promotion case", actionPlan: "", deadline });

  it("refuses a new step due in the past", () => {
    expect(deadlineErrors(newMicroGoalSchema(TODAY).safeParse(step("2026-11-19")))).toEqual(["Choose today (20 Nov 2026) or a later date: a new step cannot start out overdue."]);
  });

  it("accepts today, a later date or no date", () => {
    for (const deadline of [TODAY, "2027-01-15", ""]) expect(newMicroGoalSchema(TODAY).safeParse(step(deadline)).success).toBe(true);
  });

  it("lets an existing step keep a past date when edited", () => {
    expect(MicroGoalFormSchema.safeParse(step("2026-01-01")).success).toBe(true);
  });
});
