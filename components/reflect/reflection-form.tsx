"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/components/account/form-action";

type ReflectionFormProps = {
  action: FormAction;
  promptKey: string;
  question: string;
  hint: string;
  /** The saved answer ("" when unanswered). */
  answer: string;
  /** Shown beside the save button: the last-updated date and the goal link, when answered. */
  children?: ReactNode;
};

/** One guided prompt: the question (as heading and label), its hint and the answer box. */
export function ReflectionForm({ action, promptKey, question, hint, answer, children }: ReflectionFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const id = `reflection-${promptKey}`;
  // A promptKey error only happens when the page is out of date or tampered with; show it here too.
  const errors = [...(state.fieldErrors?.promptKey ?? []), ...(state.fieldErrors?.answer ?? [])];
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <h3 className="text-lg font-semibold leading-snug text-slate-900">
        <label htmlFor={id}>{question}</label>
      </h3>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <input type="hidden" name="promptKey" value={promptKey} />
      <textarea
        id={id}
        name="answer"
        rows={4}
        defaultValue={state.values?.answer ?? answer}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
        aria-invalid={errors.length ? true : undefined}
        className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 leading-relaxed text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid]:border-red-600"
      />
      <FieldErrors id={errorId} errors={errors} />
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <SubmitButton pendingLabel="Saving…">Save answer</SubmitButton>
        {children}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
