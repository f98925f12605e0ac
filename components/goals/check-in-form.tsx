"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

type Measure = {
  /** e.g. "USD"; empty when the goal's number has no unit. */
  unit: string;
  /** "100,000 USD": the latest recorded value, if any. */
  currentText: string | null;
};

/**
 * A check-in: how it is going, in words, and the measure's current value when the goal has a
 * numeric target. Text, not type="number", so "100,000" is accepted as typed; the schema
 * strips the separators.
 */
export function CheckInForm({ action, goalId, measure }: { action: FormAction; goalId: string; measure: Measure | null }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <TextareaField id="check-in-note" label="How is it going?" name="note" rows={3} required hint="What moved since last time, what is in the way, what comes next." defaultValue={state.values?.note} errors={state.fieldErrors?.note} />
      {measure ? (
        <TextField
          id="check-in-progressValue"
          label={measure.unit ? `Current value (${measure.unit})` : "Current value"}
          name="progressValue"
          inputMode="decimal"
          autoComplete="off"
          className="max-w-xs"
          hint={measure.currentText ? `Optional. Last recorded: ${measure.currentText}.` : "Optional."}
          defaultValue={state.values?.progressValue}
          errors={state.fieldErrors?.progressValue}
        />
      ) : (
        <input type="hidden" name="progressValue" value="" />
      )}
      <SubmitButton pendingLabel="Saving…">Check in</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
