"use client";

import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/validation/form-action";

/** Invite someone by email, with a personal message that goes into the email. */
export function InviteForm({ action, hint }: { action: FormAction; hint: string }) {
  return (
    <ActionForm action={action}>
      {(state) => (
        <>
          <TextField id="invite-email" label="Their email address" name="email" type="email" autoComplete="off" required hint={hint} defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
          <TextareaField id="invite-message" label="Personal message (optional)" name="message" rows={3} hint="Say why you would like them as your buddy. It goes into the email." defaultValue={state.values?.message} errors={state.fieldErrors?.message} />
          <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
