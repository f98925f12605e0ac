"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { REPORT_ADVICE_MAX, REPORT_REPLY_MAX } from "@/lib/buddies/weekly-report-kinds";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/** The buddy's one answer to a report: a reply and one piece of advice. */
export function ReportAnswerForm({ action, pairingId, reportId, authorName }: { action: FormAction; pairingId: string; reportId: string; authorName: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [reply, setReply] = useState("");
  const [advice, setAdvice] = useState("");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextareaField id={`reply-${reportId}`} label={`Your answer to ${authorName}`} name="reply" rows={3} limit={REPORT_REPLY_MAX} value={reply} onChange={(event) => setReply(event.target.value)} errors={state.fieldErrors?.reply} />
      <TextareaField id={`advice-${reportId}`} label="One piece of advice" hint="One thing you would try in their place. Compare them only with their own plan." name="advice" rows={2} limit={REPORT_ADVICE_MAX} value={advice} onChange={(event) => setAdvice(event.target.value)} errors={state.fieldErrors?.advice} />
      <SubmitButton pendingLabel="Sending…">Send answer</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
