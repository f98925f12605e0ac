"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/validation/form-action";

export type ShareableGoal = { id: string; title: string; shared: boolean };

/**
 * Which active goals your buddies see. Saving makes the active goals left unticked private;
 * achieved goals are not listed and keep their visibility (setSharedGoals only touches ACTIVE ones).
 */
export function SharedGoalsForm({ action, goals }: { action: FormAction; goals: ShareableGoal[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (goals.length === 0) {
    return <p className="text-slate-700">You have no active goals yet. Goals you create can be shared here.</p>;
  }
  return (
    <form action={formAction} className="space-y-5">
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Share these active goals with your buddies</legend>
        {goals.map((goal) => (
          <div key={goal.id} className="flex items-start gap-3">
            <input id={`share-${goal.id}`} type="checkbox" name="sharedGoalIds" value={goal.id} defaultChecked={goal.shared} className="mt-1 h-4 w-4 shrink-0 rounded border-slate-400 text-brand-700" />
            <label htmlFor={`share-${goal.id}`} className="text-slate-900">
              {goal.title} <span className="text-sm text-slate-600">{goal.shared ? "(shared now)" : "(private now)"}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save sharing</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
