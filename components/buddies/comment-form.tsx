"use client";

import { useActionState, useRef } from "react";
import type { CommentPrompts } from "@/lib/buddies/feedback-prompts";
import { IDLE } from "@/lib/validation/form-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/**
 * A comment on a check-in (a buddy's) or a reply to the comments (the owner's). Clears once posted.
 * A buddy's box can carry prompts that fit what the owner asked for (lib/buddies/feedback-prompts.ts).
 */
export function CommentForm({ action, checkInId, label, submitLabel, postedMessage, prompts }: { action: FormAction; checkInId: string; label: string; submitLabel: string; postedMessage: string; prompts?: CommentPrompts }) {
  const [state, formAction] = useActionState(action, IDLE);
  const box = useRef<HTMLTextAreaElement>(null);
  function start(starter: string) {
    if (!box.current) return;
    // A starter is added after what is already typed, never over it.
    const typed = box.current.value.trimEnd();
    box.current.value = typed ? `${typed} ${starter}` : starter;
    box.current.focus();
    box.current.setSelectionRange(box.current.value.length, box.current.value.length);
  }
  // One action serves comments and replies; the form knows which it was.
  const shown = state.status === "success" ? { ...state, message: postedMessage } : state;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="checkInId" value={checkInId} />
      {prompts?.note ? <p className="text-sm text-slate-700">{prompts.note}</p> : null}
      <TextareaField ref={box} placeholder={prompts?.placeholder} id={`comment-${checkInId}`} label={label} name="body" rows={2} required defaultValue={state.status === "error" ? state.values?.body : undefined} errors={state.fieldErrors?.body} />
      {prompts?.starters.length ? (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Ways to start">
          {prompts.starters.map((starter) => (
            <button key={starter} type="button" onClick={() => start(starter)} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 hover:bg-slate-50">
              {starter.trim().replace(/ $/, "")}
              {starter.endsWith(" ") ? "…" : ""}
            </button>
          ))}
        </div>
      ) : null}
      <SubmitButton variant="secondary" pendingLabel="Posting…">
        {submitLabel}
      </SubmitButton>
      <FormMessage state={shown} />
    </form>
  );
}
