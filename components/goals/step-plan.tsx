"use client";

// A step's if-then plan as its owner and their buddy read it: the obstacle, the plan, its cue and
// the buddy's answer (approved, or one question and the owner's answer). The owner answers a
// question here; the buddy approves or asks here (components/buddies/plan-review-form.tsx).
import { useActionState } from "react";
import { IDLE } from "@/lib/validation/form-state";
import { describeCue } from "@/lib/goals/if-then-plan";
import type { FormAction } from "@/lib/validation/form-action";
import { TextareaField } from "@/components/ui/textarea-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { CheckIcon } from "./icons";

export type PlanReviewView = { kind: "APPROVED" | "QUESTION"; question: string | null; answer: string | null; reviewerName: string; atText: string };
export type StepPlanView = { obstacle: string; ifThenPlan: string; cue: { weekday: number | null; minute: number | null }; review: PlanReviewView | null };

export function StepPlan({ stepId, plan, viewer, answerAction }: { stepId: string; plan: StepPlanView; viewer: "owner" | "buddy"; answerAction?: FormAction }) {
  if (!plan.ifThenPlan && !plan.obstacle) return null;
  const cue = describeCue(plan.cue);
  const review = plan.review;
  return (
    <div className="mt-2 space-y-2 rounded-lg border border-brand-100 bg-brand-50/50 p-3 text-sm text-slate-800" data-testid={`step-plan-${stepId}`}>
      {plan.obstacle ? (
        <p>
          <strong className="font-semibold text-slate-900">What could get in the way:</strong> <span className="whitespace-pre-wrap">{plan.obstacle}</span>
        </p>
      ) : null}
      {plan.ifThenPlan ? (
        <p>
          <strong className="font-semibold text-slate-900">If-then plan:</strong> <span className="whitespace-pre-wrap">{plan.ifThenPlan}</span>
          {cue ? <span className="text-slate-600"> (reminder {cue})</span> : null}
        </p>
      ) : null}
      {review?.kind === "APPROVED" ? (
        <p className="inline-flex items-center gap-1.5 font-medium text-brand-800">
          <CheckIcon className="h-4 w-4" />
          {viewer === "owner" ? `${review.reviewerName} approved this plan` : "You approved this plan"} · <span className="font-normal text-slate-600">{review.atText}</span>
        </p>
      ) : null}
      {review?.kind === "QUESTION" ? (
        <div className="space-y-1">
          <p>
            <strong className="font-semibold text-slate-900">{viewer === "owner" ? `${review.reviewerName} asks:` : "You asked:"}</strong> <span className="whitespace-pre-wrap">{review.question}</span>
          </p>
          {review.answer ? (
            <p>
              <strong className="font-semibold text-slate-900">{viewer === "owner" ? "Your answer:" : "Answer:"}</strong> <span className="whitespace-pre-wrap">{review.answer}</span>
            </p>
          ) : viewer === "owner" && answerAction ? (
            <AnswerForm stepId={stepId} action={answerAction} />
          ) : (
            <p className="text-slate-600">No answer yet.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}

function AnswerForm({ stepId, action }: { stepId: string; action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="microGoalId" value={stepId} />
      <TextareaField id={`plan-answer-${stepId}`} label="Your answer" name="answer" rows={2} required defaultValue={state.status === "error" ? state.values?.answer : undefined} errors={state.fieldErrors?.answer} />
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Send answer
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
