"use client";

import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/validation/form-action";

/** One email field and a button: used for magic links and password resets. */
export function EmailRequestForm({ action, submitLabel }: { action: FormAction; submitLabel: string }) {
  return (
    <ActionForm action={action}>
      {(state) => (
        <>
          <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
          <SubmitButton className="w-full" pendingLabel="Sending…">
            {submitLabel}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
