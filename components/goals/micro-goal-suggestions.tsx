"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import type { MicroGoalSuggestion } from "@/lib/goals/micro-goal-suggestions";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

/** One suggestion, added with one click: a form posting its title and action plan. */
function SuggestionForm({ action, goalId, suggestion }: { action: FormAction; goalId: string; suggestion: MicroGoalSuggestion }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="title" value={suggestion.title} />
      <input type="hidden" name="actionPlan" value={suggestion.actionPlan} />
      <input type="hidden" name="deadline" value="" />
      <span className="text-sm font-medium text-slate-900">{suggestion.title}</span>
      <SubmitButton variant="secondary" className="px-3! py-1.5!" pendingLabel="Adding…">
        Add<span className="sr-only"> step: {suggestion.title}</span>
      </SubmitButton>
      {state.status === "error" && state.message ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Starter steps for the goal's area that it does not have yet (the page filters them). */
export function MicroGoalSuggestions({ action, goalId, suggestions }: { action: FormAction; goalId: string; suggestions: MicroGoalSuggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <ul className="divide-y divide-slate-100">
      {suggestions.map((suggestion) => (
        <li key={suggestion.title}>
          <SuggestionForm action={action} goalId={goalId} suggestion={suggestion} />
        </li>
      ))}
    </ul>
  );
}
