// The goal page's step controls post through these three forms, rendered once for the whole list:
// each step's buttons name one with `form={STEP_FORM.…}` and carry the step as their own name and
// value (lib/goals/step-choice.ts). A form of its own per button, each with the action's id and
// hidden fields, was most of the goal page's weight.
import type { PlainAction } from "@/lib/validation/form-action";

export const STEP_FORM = { move: "step-move-form", done: "step-done-form", remove: "step-delete-form" } as const;

export type StepFormActions = { move: PlainAction; setDone: PlainAction; remove: PlainAction };

export function StepForms({ goalId, actions }: { goalId: string; actions: StepFormActions }) {
  const goalField = <input type="hidden" name="goalId" value={goalId} />;
  return (
    <>
      <form id={STEP_FORM.move} action={actions.move}>
        {goalField}
      </form>
      <form id={STEP_FORM.done} action={actions.setDone}>
        {goalField}
      </form>
      <form id={STEP_FORM.remove} action={actions.remove}>
        {goalField}
      </form>
    </>
  );
}
