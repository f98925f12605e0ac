"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import type { FormAction } from "@/lib/validation/form-action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Confirm this time": one click; a refusal (the time passed, a newer proposal) shows beside it. */
export function ConfirmProposedTimeButton({ action, pairingId, sessionId, proposal }: { action: FormAction; pairingId: string; sessionId: string; proposal: number }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="pairingId" value={pairingId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="proposal" value={proposal} />
      <SubmitButton pendingLabel="Confirming…">Confirm this time</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
