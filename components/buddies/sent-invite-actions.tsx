"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/** Resend (pending or expired) and Withdraw (pending) for one sent invitation. */
export function SentInviteActions({ action, invite }: { action: FormAction; invite: { id: string; email: string; canResend: boolean; canRevoke: boolean } }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (!invite.canResend && !invite.canRevoke) return null;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="inviteId" value={invite.id} />
      <div className="flex flex-wrap gap-2">
        {invite.canResend ? (
          <SubmitButton name="intent" value="resend" variant="secondary" className="px-3! py-1.5!" aria-label={`Resend the invitation to ${invite.email}`} pendingLabel="Working…">
            Resend
          </SubmitButton>
        ) : null}
        {invite.canRevoke ? (
          <SubmitButton name="intent" value="revoke" variant="ghost" className="px-3! py-1.5!" aria-label={`Revoke the invitation to ${invite.email}`} pendingLabel="Working…">
            Revoke
          </SubmitButton>
        ) : null}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
