"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { TextField, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/validation/form-action";
import { useBrowserTimeZone } from "./browser-time-zone";
import { TimeZoneCombobox } from "./time-zone-combobox";
import { zoneLabel } from "@/lib/time/time-zone-options";
import { currentZoneName } from "@/lib/time/time-zone-options";

export function ProfileForm({ action, name, timeZone, timeZones }: { action: FormAction; name: string; timeZone: string; timeZones: string[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [zone, setZone] = useState(currentZoneName(state.values?.timeZone ?? timeZone));
  const detected = useBrowserTimeZone();
  const browserZone = detected ? currentZoneName(detected) : null;
  const zoneErrors = state.fieldErrors?.timeZone;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <div className="space-y-1.5">
        <label htmlFor="field-timeZone" className="block text-sm font-medium text-slate-800">
          Time zone
        </label>
        <TimeZoneCombobox zones={timeZones} value={zone} onChange={setZone} invalid={Boolean(zoneErrors?.length)} describedBy={`field-timeZone-hint${zoneErrors?.length ? " field-timeZone-error" : ""}`} />
        <p id="field-timeZone-hint" className="text-sm text-slate-600">
          Deadlines, reminders and review sessions use this time zone. Type a city or region to search.
        </p>
        {browserZone && browserZone !== zone && timeZones.includes(browserZone) ? (
          <Button type="button" variant="secondary" onClick={() => setZone(browserZone)}>
            Use this device&apos;s time zone ({zoneLabel(browserZone)})
          </Button>
        ) : null}
        <FieldErrors id="field-timeZone-error" errors={zoneErrors} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
