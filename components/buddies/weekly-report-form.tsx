"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { REPORT_PART_MAX } from "@/lib/buddies/weekly-report-kinds";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

const PARTS = [
  { name: "done", label: "Done", hint: "What you finished or moved forward." },
  { name: "stuck", label: "Stuck", hint: "Where you are stuck or fell behind." },
  { name: "next", label: "Next", hint: "What you will do next." },
] as const;

type Parts = Record<(typeof PARTS)[number]["name"], string>;

/** The drafted report, edited and sent in one click. Nothing typed is cut: a counter shows the limit. */
export function WeeklyReportForm({ action, pairingId, reportId, draft, buddyName }: { action: FormAction; pairingId: string; reportId: string; draft: Parts; buddyName: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [parts, setParts] = useState<Parts>(draft);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      <input type="hidden" name="reportId" value={reportId} />
      {PARTS.map((part) => (
        <TextareaField key={part.name} id={`report-${part.name}`} label={part.label} hint={part.hint} name={part.name} rows={4} limit={REPORT_PART_MAX} value={parts[part.name]} onChange={(event) => setParts((current) => ({ ...current, [part.name]: event.target.value }))} errors={state.fieldErrors?.[part.name]} />
      ))}
      <SubmitButton pendingLabel="Sending…">Send to {buddyName}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
