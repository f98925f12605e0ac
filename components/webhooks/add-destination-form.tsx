"use client";

// Adding a webhook or chat destination. A generic webhook's signing secret exists in one place
// after it is made: the answer to this form, shown once.
import { useActionState, useState } from "react";
import { TextField } from "@/components/ui/field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import type { FormState } from "@/lib/validation/form-state";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_LABELS, type WebhookEvent } from "@/lib/webhooks/events";
import { SERVICE_LABELS, WEBHOOK_SERVICES, type WebhookServiceName } from "@/lib/webhooks/services";
import { WEBHOOK_LABEL_MAX } from "@/lib/webhooks/limits";

const EVENT_CHOICES = WEBHOOK_EVENTS.map((event) => ({ value: event, ...WEBHOOK_EVENT_LABELS[event] }));

export type AddDestinationState = FormState & { signingSecret?: string };
type Action = (state: AddDestinationState, formData: FormData) => Promise<AddDestinationState>;

export function AddDestinationForm({ action, defaultEvents }: { action: Action; defaultEvents: readonly WebhookEvent[] }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as AddDestinationState);
  const values = state.status === "error" ? state.values : undefined;
  const [service, setService] = useState<WebhookServiceName>((values?.service as WebhookServiceName | undefined) ?? "SLACK");
  const [label, setLabel] = useState(values?.label ?? "");
  const checkedEvents = values?.events !== undefined ? values.events.split(",") : defaultEvents;
  return (
    <div className="space-y-4">
      {state.signingSecret ? <SigningSecret secret={state.signingSecret} /> : null}
      <form action={formAction} className="space-y-4" key={state.status === "success" ? "added" : "editing"}>
        <FormMessage state={state} />
        <div className="space-y-1.5">
          <label htmlFor="field-service" className="block text-sm font-medium text-slate-800">
            Send to
          </label>
          <select id="field-service" name="service" value={service} onChange={(event) => setService(event.target.value as WebhookServiceName)} aria-describedby="field-service-hint" className="block w-full max-w-xs rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm">
            {WEBHOOK_SERVICES.map((name) => (
              <option key={name} value={name}>
                {SERVICE_LABELS[name].label}
              </option>
            ))}
          </select>
          <p id="field-service-hint" className="text-sm text-slate-600">
            {SERVICE_LABELS[service].hint}
          </p>
        </div>
        <TextField label="Name" name="label" value={label} onChange={(event) => setLabel(event.target.value)} limit={WEBHOOK_LABEL_MAX} errors={state.fieldErrors?.label} hint="For you, e.g. “Team Slack” or “Phone”." />
        <TextField label="URL" name="url" type="url" inputMode="url" autoComplete="off" spellCheck={false} defaultValue={values?.url ?? ""} errors={state.fieldErrors?.url} hint="Kept encrypted; only its address is shown here afterwards." />
        <ChoiceGroup type="checkbox" name="events" legend="What to send" choices={EVENT_CHOICES} checked={checkedEvents} errors={state.fieldErrors?.events} />
        <SubmitButton pendingLabel="Checking the URL…">Add destination</SubmitButton>
      </form>
    </div>
  );
}

function SigningSecret({ secret }: { secret: string }) {
  return (
    <ShownOnceSecret
      id="signing-secret"
      label="Your signing secret"
      value={secret}
      what="secret"
      hint={
        <>
          Copy it now: this is the only time it is shown. Every request carries <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> headers (the Standard Webhooks format): verify them with this secret and refuse timestamps older than five minutes. The README shows how.
        </>
      }
    />
  );
}
