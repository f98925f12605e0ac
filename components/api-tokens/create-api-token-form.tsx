"use client";

// Settings → API: the form that makes a personal access token. Only a hash is stored, so the
// token itself exists in one place: the response to this form. It is shown here once, with a
// copy button; afterwards the list shows only its first characters.
import { useActionState } from "react";
import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import type { FormState } from "@/lib/validation/form-state";
import { API_SCOPES, API_SCOPE_LABELS, API_TOKEN_EXPIRY_CHOICES, type ApiTokenExpiryChoice } from "@/lib/api-tokens/scopes";
import { FieldErrors, TextField } from "@/components/ui/field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export type CreateApiTokenState = FormState & { token?: string };
type CreateApiTokenAction = (state: CreateApiTokenState, formData: FormData) => Promise<CreateApiTokenState>;

const SCOPE_CHOICES = API_SCOPES.map((scope) => ({
  value: scope,
  label: (
    <>
      {API_SCOPE_LABELS[scope].label} <code className="text-sm font-normal text-slate-600">{scope}</code>
    </>
  ),
  hint: API_SCOPE_LABELS[scope].description,
}));

const EXPIRY_LABELS: Record<ApiTokenExpiryChoice, string> = { "7": "In 7 days", "30": "In 30 days", "90": "In 90 days", "365": "In a year", never: "Never" };

export function CreateApiTokenForm({ action }: { action: CreateApiTokenAction }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as CreateApiTokenState);
  const echoed = state.status === "error" ? state.values : undefined;
  const scopes = echoed ? (echoed.scopes ?? "").split(",").filter(Boolean) : ["read"];
  // A new key after each result resets the uncontrolled inputs to the echoed (or default) values.
  const formKey = `${state.status}-${state.message ?? ""}-${JSON.stringify(echoed ?? {})}`;
  return (
    <div className="space-y-5">
      {state.token ? <NewToken token={state.token} /> : null}
      <form key={formKey} action={formAction} className="space-y-5" noValidate>
        <FormMessage state={state} />
        <TextField label="Name" name="name" defaultValue={echoed?.name ?? ""} hint="Where you use it, so you know which one to revoke." errors={state.fieldErrors?.name} autoComplete="off" />
        <ChoiceGroup type="checkbox" name="scopes" legend="Permissions" choices={SCOPE_CHOICES} checked={scopes} errors={state.fieldErrors?.scopes} />
        <div className="space-y-1.5">
          <label htmlFor="field-expiresIn" className="block text-sm font-medium text-slate-800">
            Expires
          </label>
          <select
            id="field-expiresIn"
            name="expiresIn"
            defaultValue={echoed?.expiresIn ?? "90"}
            aria-invalid={state.fieldErrors?.expiresIn?.length ? true : undefined}
            aria-describedby={state.fieldErrors?.expiresIn?.length ? "field-expiresIn-error" : undefined}
            className="block w-full max-w-xs rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm"
          >
            {API_TOKEN_EXPIRY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {EXPIRY_LABELS[choice]}
              </option>
            ))}
          </select>
          <FieldErrors id="field-expiresIn-error" errors={state.fieldErrors?.expiresIn} />
        </div>
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </form>
    </div>
  );
}

function NewToken({ token }: { token: string }) {
  return <ShownOnceSecret id="new-api-token" label="Your new token" value={token} what="token" hint="Copy it now: this is the only time it is shown. Keep it secret like a password; anyone with it can act as you within its permissions." />;
}
