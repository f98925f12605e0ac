import { describe, expect, it } from "vitest";
import { DeleteStepFormSchema, MoveStepFormSchema, SetStepDoneFormSchema } from "./schemas";
import { stepChoiceValue } from "./step-choice";

const goalId = "69406449-8ef0-49b5-8e01-143781fc8b60";
const stepId = "87c866cb-db07-4d7e-8c99-22992b20c4c8";

/** What a step button's form sends: the form's goalId field and the clicked button's name and value. */
function submitted(name: string, value: string): Record<string, FormDataEntryValue> {
  const formData = new FormData();
  formData.set("goalId", goalId);
  formData.set(name, value);
  return Object.fromEntries(formData.entries());
}

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("step buttons' forms", () => {
  it("reads the step and the direction from a move button", () => {
    expect(MoveStepFormSchema.parse(submitted("move", stepChoiceValue(stepId, "up")))).toEqual({ goalId, microGoalId: stepId, direction: "up" });
    expect(MoveStepFormSchema.parse(submitted("move", stepChoiceValue(stepId, "down")))).toEqual({ goalId, microGoalId: stepId, direction: "down" });
  });

  it("reads the step and the state to set from a done button", () => {
    expect(SetStepDoneFormSchema.parse(submitted("done", stepChoiceValue(stepId, "true")))).toEqual({ goalId, microGoalId: stepId, done: true });
    expect(SetStepDoneFormSchema.parse(submitted("done", stepChoiceValue(stepId, "false")))).toEqual({ goalId, microGoalId: stepId, done: false });
  });

  it("reads the step from a delete button", () => {
    expect(DeleteStepFormSchema.parse(submitted("delete", stepId))).toEqual({ goalId, microGoalId: stepId });
  });

  it("says what it expected when the button's value is missing or malformed", () => {
    expect(messages(MoveStepFormSchema.safeParse({ goalId }))).toEqual(['Missing: expected "<step id>:up" or "<step id>:down".']);
    expect(messages(MoveStepFormSchema.safeParse(submitted("move", stepChoiceValue(stepId, "left"))))).toEqual([`Expected "<step id>:up" or "<step id>:down", not "${stepId}:left".`]);
    expect(messages(MoveStepFormSchema.safeParse(submitted("move", "up")))).toEqual(['Expected "<step id>:up" or "<step id>:down", not "up".']);
    expect(messages(MoveStepFormSchema.safeParse(submitted("move", "not-a-step:up")))).toEqual(['Expected "<step id>:up" or "<step id>:down", not "not-a-step:up".']);
    expect(messages(SetStepDoneFormSchema.safeParse(submitted("done", stepId)))).toEqual([`Expected "<step id>:true" or "<step id>:false", not "${stepId}".`]);
    expect(messages(SetStepDoneFormSchema.safeParse(submitted("done", stepChoiceValue(stepId, "yes"))))).toHaveLength(1);
    expect(messages(DeleteStepFormSchema.safeParse({ goalId }))).toEqual(["Missing: expected the id of the step to delete."]);
    expect(messages(DeleteStepFormSchema.safeParse(submitted("delete", stepChoiceValue(stepId, "up"))))).toEqual(["Expected the id of the step to delete."]);
  });

  it("keeps a long malformed value out of the message", () => {
    const [message] = messages(MoveStepFormSchema.safeParse(submitted("move", `${"x".repeat(500)}:up`)));
    expect(message?.length).toBeLessThan(150);
  });

  it("needs the goal, whose page it refreshes", () => {
    expect(MoveStepFormSchema.safeParse({ move: stepChoiceValue(stepId, "up") }).success).toBe(false);
    expect(SetStepDoneFormSchema.safeParse({ goalId: "nope", done: stepChoiceValue(stepId, "true") }).success).toBe(false);
  });
});
