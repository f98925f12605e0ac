"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

export function ImportDataForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.fieldErrors?.file;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="space-y-1.5">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          Stepwise export file (.json)
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={`import-file-hint${errors?.length ? " import-file-error" : ""}`}
          aria-invalid={errors?.length ? true : undefined}
          className="block w-full text-sm text-slate-800 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-semibold"
        />
        <p id="import-file-hint" className="text-sm text-slate-600">
          Works only in an account without goals or reflections yet, for example after moving to a new email address.
        </p>
        <FieldErrors id="import-file-error" errors={errors} />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Importing…">
        Import data
      </SubmitButton>
    </form>
  );
}
