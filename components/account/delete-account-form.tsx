"use client";

import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/validation/form-action";

export function DeleteAccountForm({ action, email }: { action: FormAction; email: string }) {
  return (
    <ActionForm action={action}>
      {(state) => (
        <>
          <TextField
            label="Type your email address to confirm"
            name="confirmEmail"
            type="email"
            autoComplete="off"
            required
            hint={
              <>
                Type <strong>{email}</strong>. This deletes your goals, reflections, check-ins and buddy connections for good.
              </>
            }
            defaultValue={state.values?.confirmEmail}
            errors={state.fieldErrors?.confirmEmail}
          />
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Delete my account
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
