"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextField, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import type { FormAction } from "./form-action";
import { useBrowserTimeZone } from "./browser-time-zone";

export function ProfileForm({ action, name, timeZone, timeZones }: { action: FormAction; name: string; timeZone: string; timeZones: string[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [zone, setZone] = useState(state.values?.timeZone ?? timeZone);
  const browserZone = useBrowserTimeZone();
  const zoneErrors = state.fieldErrors?.timeZone;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <div className="space-y-1.5">
        <label htmlFor="field-timeZone" className="block text-sm font-medium text-slate-800">
          Time zone
        </label>
        <select
          id="field-timeZone"
          name="timeZone"
          value={zone}
          onChange={(event) => setZone(event.target.value)}
          aria-describedby={`field-timeZone-hint${zoneErrors?.length ? " field-timeZone-error" : ""}`}
          aria-invalid={zoneErrors?.length ? true : undefined}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm"
        >
          {timeZones.map((option) => (
            <option key={option} value={option}>
              {option.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <p id="field-timeZone-hint" className="text-sm text-slate-600">
          Deadlines, reminders and review sessions use this time zone.
        </p>
        {browserZone && browserZone !== zone && timeZones.includes(browserZone) ? (
          <Button type="button" variant="secondary" onClick={() => setZone(browserZone)}>
            Use this device&apos;s time zone ({browserZone.replaceAll("_", " ")})
          </Button>
        ) : null}
        <FieldErrors id="field-timeZone-error" errors={zoneErrors} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
