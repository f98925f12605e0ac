"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-state";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";
import { IfThenFields, type IfThenValues } from "./if-then-fields";

export const ACTION_PLAN_HINT = "What you will do, the resources you need, and who can help.";

type StepValues = { title: string; actionPlan: string; deadline: string | null } & IfThenValues;

const NO_PLAN: IfThenValues = { obstacle: "", ifThenPlan: "", cueWeekday: "", cueTime: "" };

function StepFields({ idPrefix, state, initial, goalDeadlineText, resetKey = 0 }: { idPrefix: string; state: FormState; initial?: StepValues; goalDeadlineText: string; resetKey?: number }) {
  const echoed = state.status === "error" ? state.values : undefined;
  const plan: IfThenValues = {
    obstacle: echoed?.obstacle ?? initial?.obstacle ?? NO_PLAN.obstacle,
    ifThenPlan: echoed?.ifThenPlan ?? initial?.ifThenPlan ?? NO_PLAN.ifThenPlan,
    cueWeekday: echoed?.cueWeekday ?? initial?.cueWeekday ?? NO_PLAN.cueWeekday,
    cueTime: echoed?.cueTime ?? initial?.cueTime ?? NO_PLAN.cueTime,
  };
  return (
    <>
      <TextField id={`${idPrefix}-title`} label="Step" name="title" required defaultValue={state.values?.title ?? initial?.title} errors={state.fieldErrors?.title} />
      <TextareaField id={`${idPrefix}-actionPlan`} label="Action plan" name="actionPlan" rows={4} hint={ACTION_PLAN_HINT} defaultValue={state.values?.actionPlan ?? initial?.actionPlan} errors={state.fieldErrors?.actionPlan} />
      <TextField id={`${idPrefix}-deadline`} label="Deadline (optional)" name="deadline" type="date" hint={`The goal is due ${goalDeadlineText}.`} defaultValue={state.values?.deadline ?? initial?.deadline ?? ""} errors={state.fieldErrors?.deadline} className="max-w-xs" />
      <IfThenFields key={resetKey} idPrefix={idPrefix} initial={plan} errors={state.fieldErrors} />
    </>
  );
}

/** Adds a step at the end of the goal's plan. The fields clear after a step is added. */
export function AddMicroGoalForm({ action, goalId, goalDeadlineText }: { action: FormAction; goalId: string; goalDeadlineText: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  // The plan fields keep their own state (for the check and the cue): a new key clears them once added.
  // (Adjusted while rendering, React's pattern for state that follows a new value.)
  const [added, setAdded] = useState({ count: 0, after: state });
  if (added.after !== state) setAdded({ count: added.count + (state.status === "success" ? 1 : 0), after: state });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <StepFields idPrefix="new-step" state={state} goalDeadlineText={goalDeadlineText} resetKey={added.count} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Adding…">Add step</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

type EditProps = { action: FormAction; goalId: string; microGoal: { id: string } & StepValues; goalDeadlineText: string; initiallyOpen?: boolean };

/** "Edit" opens the step's form in place (a <details>, so it works without JavaScript); saving closes it. */
export function EditMicroGoalDisclosure({ action, goalId, microGoal, goalDeadlineText, initiallyOpen = false }: EditProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (state.status !== "success" || !details.current) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }, [state]);
  return (
    // `open` is only the first state: once saved, the effect above closes it and React leaves it so.
    <details ref={details} className="open:basis-full" open={initiallyOpen || undefined}>
      <summary className="inline-flex cursor-pointer list-none items-center rounded-md px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
        Edit<span className="sr-only"> step: {microGoal.title}</span>
      </summary>
      <form action={formAction} className="mt-3 space-y-4 rounded-xl border border-slate-200 bg-slate-50 p-4" noValidate>
        <input type="hidden" name="goalId" value={goalId} />
        <input type="hidden" name="microGoalId" value={microGoal.id} />
        <StepFields idPrefix={`step-${microGoal.id}`} state={state} initial={microGoal} goalDeadlineText={goalDeadlineText} />
        <SubmitButton pendingLabel="Saving…">Save step</SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
