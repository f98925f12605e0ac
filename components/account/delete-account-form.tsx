"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

export function DeleteAccountForm({ action, email }: { action: FormAction; email: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        label="Type your email address to confirm"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        hint={<>Type <strong>{email}</strong>. This deletes your goals, reflections, check-ins and buddy connections for good.</>}
        defaultValue={state.values?.confirmEmail}
        errors={state.fieldErrors?.confirmEmail}
      />
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
