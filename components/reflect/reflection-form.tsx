"use client";

import { useActionState, useEffect, useState, type ReactNode } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";
import { clearDraft, readDraft, useHydrated, useWarnBeforeLeaving, writeDraft } from "@/components/drafts/browser-draft";

type ReflectionFormProps = {
  action: FormAction;
  promptKey: string;
  question: string;
  hint: string;
  /** The saved answer ("" when unanswered). */
  answer: string;
  /** Where an unsaved answer is kept in this browser (names the user and the prompt). */
  draftKey?: string;
  /** Shown beside the save button: the last-updated date and the goal link, when answered. */
  children?: ReactNode;
};

/** One guided prompt: the question (as heading and label), its hint and the answer box. */
export function ReflectionForm({ action, promptKey, question, hint, answer, draftKey, children }: ReflectionFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const hydrated = useHydrated();
  const [checkedStorage, setCheckedStorage] = useState(false);
  // An unsaved answer from an earlier visit, put back into the box (which is remounted with it).
  const [restoredText, setRestoredText] = useState<string | null>(null);
  // "typed": changed since the last save; "restored": the earlier unsaved answer is back.
  const [unsaved, setUnsaved] = useState<"typed" | "restored" | null>(null);
  const [answeredState, setAnsweredState] = useState(state);
  const savedAnswer = state.status === "success" ? (state.values?.answer ?? answer) : answer;

  // Once hydrated (there is no localStorage on the server), look for a kept draft, once.
  if (hydrated && !checkedStorage) {
    setCheckedStorage(true);
    const stored = draftKey ? readDraft<string>(draftKey) : null;
    if (typeof stored?.value === "string" && stored.value !== answer) {
      setRestoredText(stored.value);
      setUnsaved("restored");
    }
  }
  if (state !== answeredState) {
    setAnsweredState(state);
    if (state.status === "success") {
      setUnsaved(null);
      setRestoredText(null);
    }
  }
  useEffect(() => {
    if (state.status === "success" && draftKey) clearDraft(draftKey);
  }, [state, draftKey]);

  useWarnBeforeLeaving(unsaved !== null);

  const onInput = (value: string) => {
    if (!draftKey) return;
    if (value === savedAnswer) {
      clearDraft(draftKey);
      setUnsaved(null);
    } else {
      writeDraft(draftKey, value);
      setUnsaved((current) => current ?? "typed");
    }
  };
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
        key={restoredText === null ? "saved" : "restored"}
        id={id}
        name="answer"
        rows={4}
        onInput={(event) => onInput(event.currentTarget.value)}
        defaultValue={restoredText ?? state.values?.answer ?? answer}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
        aria-invalid={errors.length ? true : undefined}
        className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 leading-relaxed text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid]:border-red-600"
      />
      <FieldErrors id={errorId} errors={errors} />
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <SubmitButton pendingLabel="Saving…">Save answer</SubmitButton>
        {unsaved ? <span className="text-sm font-medium text-amber-800">{unsaved === "restored" ? "Your unsaved answer from last time is back: save it to keep it." : "Not saved yet"}</span> : null}
        {children}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
