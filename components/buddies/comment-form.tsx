"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/** A comment on a check-in (a buddy's) or a reply to the comments (the owner's). Clears once posted. */
export function CommentForm({ action, checkInId, label, submitLabel, postedMessage }: { action: FormAction; checkInId: string; label: string; submitLabel: string; postedMessage: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  // One action serves comments and replies; the form knows which it was.
  const shown = state.status === "success" ? { ...state, message: postedMessage } : state;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="checkInId" value={checkInId} />
      <TextareaField
        id={`comment-${checkInId}`}
        label={label}
        name="body"
        rows={2}
        maxLength={2000}
        required
        defaultValue={state.status === "error" ? state.values?.body : undefined}
        errors={state.fieldErrors?.body}
      />
      <SubmitButton variant="secondary" pendingLabel="Posting…">
        {submitLabel}
      </SubmitButton>
      <FormMessage state={shown} />
    </form>
  );
}
