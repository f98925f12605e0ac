"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";
import { CopyAnswerButton } from "./copy-answer-button";

type Props = {
  action: FormAction;
  id: string;
  label: string;
  kind: string;
  targetRole: string;
  targetCompany: string;
  goalIds: string[];
  body: string;
};

/** An editable answer with its "Save" button; the hidden fields say which draft it is. */
export function AnswerEditor({ action, id, label, kind, targetRole, targetCompany, goalIds, body }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.fieldErrors?.body;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="targetRole" value={targetRole} />
      <input type="hidden" name="targetCompany" value={targetCompany} />
      <input type="hidden" name="goalIds" value={goalIds.join(",")} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea id={id} name="body" rows={7} defaultValue={state.values?.body ?? body} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 leading-relaxed text-slate-900 shadow-sm" />
      <FieldErrors id={`${id}-error`} errors={errors} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save this answer</SubmitButton>
        <CopyAnswerButton textareaId={id} />
      </div>
    </form>
  );
}
