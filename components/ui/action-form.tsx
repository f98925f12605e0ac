"use client";

// A form posting to a FormAction through useActionState, with the form's message at the top. The
// fields are a function of the state, for their errors and for what was typed (state.values).
import { useActionState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-state";
import type { FormAction } from "@/lib/validation/form-action";
import { FormMessage } from "./form-message";

export function ActionForm({ action, children }: { action: FormAction; children: (state: FormState) => ReactNode }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {children(state)}
    </form>
  );
}
