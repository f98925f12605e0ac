"use client";

import { useActionState, useState } from "react";
import { DateTime } from "luxon";
import { IDLE, type FormState } from "@/lib/validation/form-state";
import { DURATION_OPTIONS } from "@/lib/reviews/durations";
import { DAY_ENDS_HOUR, DAY_STARTS_HOUR, isWithinReasonableHours } from "@/lib/reviews/shared-hours";
import type { FormAction } from "@/lib/validation/form-action";
import { FieldFrame, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmAnyway } from "@/components/ui/confirm-anyway";

/** The schedule actions may answer "outside someone's hours: book it anyway?". */
export type ScheduleFormState = FormState & { confirmOutsideHours?: boolean };

type Props = {
  action: (state: ScheduleFormState, formData: FormData) => Promise<ScheduleFormState>;
  /** The other person, so the form shows the chosen time in both zones as it is typed. */
  buddy?: { name: string; timeZone: string };
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
function localText(instant: DateTime, zone: string): string {
  return instant.setZone(zone).setLocale("en-GB").toFormat("ccc d LLL, HH:mm");
}

/** "For you: Thu 4 Feb, 18:00 · For Grace: Thu 4 Feb, 13:00", live as the fields change. */
function BothTimes({ date, time, durationMinutes, timeZone, buddy }: { date: string; time: string; durationMinutes: number; timeZone: string; buddy: { name: string; timeZone: string } }) {
  const start = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  if (!start.isValid) return null;
  const startsAt = start.toJSDate();
  const outside = [
    { who: "you", zone: timeZone },
    { who: buddy.name, zone: buddy.timeZone },
  ].filter((person) => !isWithinReasonableHours(startsAt, durationMinutes, person.zone, { weekdaysOnly: false }));
  return (
    <div aria-live="polite" data-testid="both-times" className={`rounded-lg px-3 py-2 text-sm ${outside.length ? "bg-amber-50 text-amber-950" : "bg-slate-50 text-slate-800"}`}>
      <p>
        For you: {localText(start, timeZone)} ({timeZone}) · For {buddy.name}: {localText(start, buddy.timeZone)} ({buddy.timeZone})
      </p>
      {outside.length ? (
        <p className="mt-1 font-semibold">
          Outside {DAY_STARTS_HOUR}:00–{DAY_ENDS_HOUR}:00 for {outside.map((person) => person.who).join(" and ")}.
        </p>
      ) : null}
    </div>
  );
}

export function ScheduleReviewForm({ action, pairingId, sessionId, defaults, timeZone, submitLabel, idPrefix, buddy }: Props) {
  const [state, formAction] = useActionState<ScheduleFormState, FormData>(action, IDLE);
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: "date" | "time" | "durationMinutes") => typed?.[name] ?? String(defaults[name]);
  const [chosen, setChosen] = useState({ date: value("date"), time: value("time"), durationMinutes: Number(value("durationMinutes")) });
  const onInput = (event: React.FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    setChosen({ date: String(form.get("date") ?? ""), time: String(form.get("time") ?? ""), durationMinutes: Number(form.get("durationMinutes") ?? 60) });
  };
  return (
    <form action={formAction} onInput={onInput} onChange={onInput} className="space-y-4" noValidate>
      <input type="hidden" name="pairingId" value={pairingId} />
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${idPrefix}-date`} label="Date" name="date" type="date" required defaultValue={value("date")} errors={state.fieldErrors?.date} />
        <TextField id={`${idPrefix}-time`} label="Start time" name="time" type="time" required defaultValue={value("time")} errors={state.fieldErrors?.time} />
        <FieldFrame inputId={`${idPrefix}-duration`} label="Length" errors={state.fieldErrors?.durationMinutes}>
          {(aria) => (
            <select id={`${idPrefix}-duration`} name="durationMinutes" defaultValue={value("durationMinutes")} {...aria} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600">
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
      {buddy ? <BothTimes {...chosen} timeZone={timeZone} buddy={buddy} /> : null}
      {state.confirmOutsideHours ? (
        <ConfirmAnyway id={`${idPrefix}-hours-warning`} question="Book it anyway?" warning={state.message}>
          <SubmitButton name="confirmOutsideHours" value="yes" pendingLabel="Saving…">
            Book it anyway
          </SubmitButton>
          <span className="self-center text-sm text-amber-950">or change the time above.</span>
        </ConfirmAnyway>
      ) : (
        <>
          <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
          <FormMessage state={state} />
        </>
      )}
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
