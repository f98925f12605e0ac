"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { CHECK_IN_CADENCES } from "@/lib/buddies/rules";
import { FEEDBACK_STYLES, REPORT_MODES, WISH_CONFIDENTIAL_MAX } from "@/lib/buddies/pairing-wish-options";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

type Wish = { rhythm: string; feedbackStyle: string; confidential: string };

/** "What I want from this": rhythm, feedback style and what stays between the two of them. */
export function PairingWishForm({ action, pairingId, wish }: { action: FormAction; pairingId: string; wish: Wish }) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const [confidential, setConfidential] = useState(wish.confidential);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      <ChoiceGroup type="radio" name="rhythm" legend="How often I would like us to check in" choices={CHECK_IN_CADENCES} checked={[typed?.rhythm ?? wish.rhythm]} errors={state.fieldErrors?.rhythm} />
      <ChoiceGroup type="radio" name="feedbackStyle" legend="The feedback I want" choices={FEEDBACK_STYLES} checked={[typed?.feedbackStyle ?? wish.feedbackStyle]} errors={state.fieldErrors?.feedbackStyle} />
      <TextareaField
        id="wish-confidential"
        label="What stays between us (optional)"
        hint="In your words, e.g. “my salary numbers”, “anything about my manager”."
        name="confidential"
        rows={2}
        limit={WISH_CONFIDENTIAL_MAX}
        value={confidential}
        onChange={(event) => setConfidential(event.target.value)}
        errors={state.fieldErrors?.confidential}
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save what I want
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Weekly reports to this buddy: off (the default), drafted for the person to send, or sent automatically. */
export function ReportModeForm({ action, pairingId, mode }: { action: FormAction; pairingId: string; mode: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      <ChoiceGroup type="radio" name="reportMode" legend="Weekly report to this buddy" choices={REPORT_MODES} checked={[state.status === "error" ? (state.values?.reportMode ?? mode) : mode]} errors={state.fieldErrors?.reportMode} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save report setting
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
