// How a goal page's step buttons say what they do. The page renders one form per kind of step
// control (move, done, delete) for the whole list; each step's button is tied to its form with
// the HTML `form` attribute and carries the step, and the choice, as its own name and value:
// move="<step id>:up", done="<step id>:true", delete="<step id>". Browsers send the clicked
// button's name and value with the form, with and without JavaScript, so a step needs no form and
// hidden fields of its own. Parsed by MoveStepFormSchema, SetStepDoneFormSchema and
// DeleteStepFormSchema in ./schemas.ts.
// No imports: client components use it too.

export const STEP_CHOICE_SEPARATOR = ":";

/** The value a step's button submits: `stepChoiceValue(id, "up")` is "<id>:up". */
export function stepChoiceValue(microGoalId: string, choice: string): string {
  return `${microGoalId}${STEP_CHOICE_SEPARATOR}${choice}`;
}
