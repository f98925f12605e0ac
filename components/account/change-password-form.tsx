"use client";

import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/validation/form-action";

export function ChangePasswordForm({ action, hasPassword }: { action: FormAction; hasPassword: boolean }) {
  return (
    <ActionForm action={action}>
      {(state) => (
        <>
          {hasPassword ? <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} /> : <input type="hidden" name="currentPassword" value="" />}
          <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 8 characters." errors={state.fieldErrors?.newPassword} />
          <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
          <SubmitButton pendingLabel="Changing…">{hasPassword ? "Change password" : "Set password"}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
