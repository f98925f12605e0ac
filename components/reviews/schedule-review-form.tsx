"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { DURATION_OPTIONS } from "@/lib/reviews/durations";
import type { FormAction } from "@/components/account/form-action";
import { FieldFrame, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: FormAction;
  pairingId: string;
  /** Set when rescheduling. */
  sessionId?: string;
  defaults: { date: string; time: string; durationMinutes: number };
  timeZone: string;
  submitLabel: string;
  idPrefix: string;
};

const durationLabel = (minutes: number) => (minutes < 60 ? `${minutes} minutes` : minutes === 60 ? "1 hour" : `${minutes / 60} hours`.replace("1.5 hours", "1½ hours"));

/** Date, time and length of a review, in the person's own time zone. Also used to reschedule. */
export function ScheduleReviewForm({ action, pairingId, sessionId, defaults, timeZone, submitLabel, idPrefix }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: "date" | "time" | "durationMinutes") => typed?.[name] ?? String(defaults[name]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${idPrefix}-date`} label="Date" name="date" type="date" required defaultValue={value("date")} errors={state.fieldErrors?.date} />
        <TextField id={`${idPrefix}-time`} label="Start time" name="time" type="time" required defaultValue={value("time")} errors={state.fieldErrors?.time} />
        <FieldFrame inputId={`${idPrefix}-duration`} label="Length" errors={state.fieldErrors?.durationMinutes}>
          {(aria) => (
            <select
              id={`${idPrefix}-duration`}
              name="durationMinutes"
              defaultValue={value("durationMinutes")}
              {...aria}
              className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600"
            >
              {DURATION_OPTIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {durationLabel(minutes)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>
      <p className="text-sm text-slate-600">Times are in your time zone, {timeZone}. Your buddy sees the session in theirs.</p>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** "Schedule the suggested slot": one click, no fields. */
export function ScheduleSuggestedButton({ action, pairingId, label }: { action: FormAction; pairingId: string; label: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="pairingId" value={pairingId} />
      <SubmitButton variant="secondary" pendingLabel="Scheduling…">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
