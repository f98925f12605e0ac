"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/**
 * Accept and Decline as two submit buttons of one form (the button sends `decision`), so a
 * refusal ("your circle is full") has one place to appear. `field` names the invitation: its
 * id on the buddies page, its token on the invitation page.
 */
export function AnswerInviteForm({ action, field, inviterName }: { action: FormAction; field: { name: "inviteId" | "token"; value: string }; inviterName?: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  // On a list of invitations each button says whose it is; alone on its page, "Accept" is enough.
  const whose = inviterName ? ` ${inviterName}'s invitation` : "";
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name={field.name} value={field.value} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="accept" aria-label={whose ? `Accept${whose}` : undefined} pendingLabel="Working…">
          Accept
        </SubmitButton>
        <SubmitButton name="decision" value="decline" variant="secondary" aria-label={whose ? `Decline${whose}` : undefined} pendingLabel="Working…">
          Decline
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
