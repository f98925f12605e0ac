"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/** Confirms linking a provider sign-in with the account's password. */
export function ConfirmLinkWithPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField label="Your Stepwise password" name="password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton className="w-full" pendingLabel="Linking…">
        Link and sign in
      </SubmitButton>
    </form>
  );
}

/** Asks for the confirmation link by email instead. */
export function EmailLinkConfirmationForm({ action, token, primary }: { action: FormAction; token: string; primary: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant={primary ? "primary" : "secondary"} className="w-full" pendingLabel="Sending…">
        Email me a link to confirm
      </SubmitButton>
    </form>
  );
}
