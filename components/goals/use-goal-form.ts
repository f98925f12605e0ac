"use client";

// What the compact goal form and the SMART wizard share: the action's state, the draft the
// fields edit, focus on the first error after a refused submission, and the submit handler.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { withEchoedValues, type GoalDraft } from "@/lib/goals/goal-draft";
import { IDLE } from "@/lib/validation/form-state";
import type { FormAction } from "@/lib/validation/form-action";
import { focusFirstInvalidField, useGoalDraft, type GoalFieldProps } from "./goal-fields";

export function useGoalForm(action: FormAction, initial: GoalDraft) {
  const [state, formAction] = useActionState(action, IDLE);
  // Without JavaScript a refused submission renders the page anew: start from what was typed.
  const [draft, setField, replaceDraft] = useGoalDraft(withEchoedValues(initial, state.values));
  const formRef = useRef<HTMLFormElement>(null);

  // In the wizard this runs after the render that opened the step with the error, so its fields are visible.
  useEffect(() => {
    if (state.status === "error") focusFirstInvalidField(formRef.current);
  }, [state]);

  /** `beforeSubmit` runs first (the stored draft is dropped there). */
  const submit = (event: FormEvent<HTMLFormElement>, beforeSubmit: () => void) => {
    // Dispatch ourselves rather than let React reset the form after the action: the inputs are
    // controlled, and a reset would put selects and radios back to their first option.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    beforeSubmit();
    startTransition(() => formAction(formData));
  };

  const fieldProps: GoalFieldProps = { draft, errors: state.fieldErrors, onChange: setField };
  return { state, formAction, draft, setField, replaceDraft, formRef, submit, fieldProps };
}
