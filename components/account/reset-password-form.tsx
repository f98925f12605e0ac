"use client";

import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/validation/form-action";

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  return (
    <ActionForm action={action}>
      {(state) => (
        <>
          <input type="hidden" name="token" value={token} />
          <TextField label="New password" name="password" type="password" autoComplete="new-password" required hint="At least 8 characters." errors={state.fieldErrors?.password ?? state.fieldErrors?.token} />
          <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
          <SubmitButton className="w-full" pendingLabel="Saving…">
            Set new password
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
