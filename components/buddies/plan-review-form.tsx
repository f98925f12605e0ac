"use client";

// A buddy's answer to a shared step's if-then plan: approve it, or ask one question (the owner
// answers on their goal page). After an answered question the buddy may still approve.
import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import type { PlanReviewView } from "@/components/goals/step-plan";
import { TextareaField } from "@/components/ui/textarea-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

export type PlanReviewActions = { approve: PlainAction; ask: FormAction };

export function PlanReviewForm({ stepId, stepTitle, review, actions }: { stepId: string; stepTitle: string; review: PlanReviewView | null; actions: PlanReviewActions }) {
  const [state, askAction] = useActionState(actions.ask, IDLE);
  const canApprove = review === null || (review.kind === "QUESTION" && review.answer !== null);
  if (!canApprove) return null;
  return (
    <div className="mt-2 flex flex-wrap items-start gap-3">
      <form action={actions.approve}>
        <input type="hidden" name="microGoalId" value={stepId} />
        <SubmitButton variant="secondary" pendingLabel="Approving…">
          Approve plan<span className="sr-only">{` for ${stepTitle}`}</span>
        </SubmitButton>
      </form>
      {review === null ? (
        <details className="min-w-0 flex-1 basis-64" open={state.status === "error" || undefined}>
          <summary className="inline-flex cursor-pointer list-none items-center rounded-md px-2 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
            Ask one question<span className="sr-only">{` about ${stepTitle}`}</span>
          </summary>
          <form action={askAction} className="mt-2 space-y-2" noValidate>
            <input type="hidden" name="microGoalId" value={stepId} />
            <TextareaField
              id={`plan-question-${stepId}`}
              label="Your question"
              name="question"
              rows={2}
              required
              hint="One question that helps the plan work: “What will you do if the meeting runs over?”"
              defaultValue={state.status === "error" ? state.values?.question : undefined}
              errors={state.fieldErrors?.question}
            />
            <SubmitButton variant="secondary" pendingLabel="Sending…">
              Send question
            </SubmitButton>
            <FormMessage state={state} />
          </form>
        </details>
      ) : null}
    </div>
  );
}
