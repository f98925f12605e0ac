"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

export type TestDestinationState = FormState;
type Action = (state: TestDestinationState, formData: FormData) => Promise<TestDestinationState>;

/** "Send a test", with what the destination answered. */
export function TestDestinationButton({ action, destinationId, label }: { action: Action; destinationId: string; label: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as TestDestinationState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="destinationId" value={destinationId} />
      <SubmitButton variant="secondary" pendingLabel="Sending…" aria-label={`Send a test to ${label}`}>
        Send a test
      </SubmitButton>
      <p role="status" aria-live="polite" className={`text-sm ${state.status === "error" ? "font-medium text-red-700" : "text-slate-700"}`}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
