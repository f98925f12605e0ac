import { describe, expect, it } from "vitest";
import { GOAL_AREAS_STEP, currentStepIndex, reflectStepHref, reflectSteps } from "./reflect-steps";
import { REFLECTION_PROMPTS } from "./prompts";

describe("reflectSteps", () => {
  it("lists the three prompt sections, then the goal areas, covering every prompt once", () => {
    const steps = reflectSteps(new Set());
    expect(steps.map((step) => step.key)).toEqual(["success", "values", "vision", GOAL_AREAS_STEP]);
    expect(steps.reduce((sum, step) => sum + step.total, 0)).toBe(REFLECTION_PROMPTS.length);
    expect(steps.every((step) => step.answered === 0)).toBe(true);
  });

  it("counts the answered prompts of each section, ignoring keys no longer in the catalogue", () => {
    const steps = reflectSteps(new Set(["define-success", "ultimate-job", "vision-20-years", "retired-prompt"]));
    expect(steps.map((step) => [step.key, step.answered, step.total])).toEqual([
      ["success", 2, 6],
      ["values", 0, 4],
      ["vision", 1, 3],
      [GOAL_AREAS_STEP, 0, 0],
    ]);
  });
});

describe("currentStepIndex", () => {
  const steps = reflectSteps(new Set());

  it("finds the step ?section= names", () => {
    expect(currentStepIndex(steps, "vision")).toBe(2);
    expect(currentStepIndex(steps, GOAL_AREAS_STEP)).toBe(3);
  });

  it("starts at the first step when none, or an unknown one, is named", () => {
    expect(currentStepIndex(steps, undefined)).toBe(0);
    expect(currentStepIndex(steps, "nonsense")).toBe(0);
  });
});

it("addresses a step by its key", () => {
  expect(reflectStepHref("values")).toBe("/reflect?section=values");
  expect(reflectStepHref("values", { toSection: true })).toBe("/reflect?section=values#reflect-step");
});
