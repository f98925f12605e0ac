"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { BrowserTimeZoneInput } from "./time-zone-input";
import type { FormAction } from "@/lib/validation/form-action";

export function SignUpForm({ action, next, email }: { action: FormAction; next?: string | null; email?: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email ?? email} errors={state.fieldErrors?.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters. A few unrelated words make a strong, memorable password." errors={state.fieldErrors?.password} />
      <BrowserTimeZoneInput />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
