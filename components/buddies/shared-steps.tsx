"use client";

// A shared goal's steps as its owner's buddy sees them: done or to do, and when due. A client
// component although it keeps no state: the page sends each step as four fields instead of its
// rendered markup (a buddy's page lists every shared goal's steps, and that markup was serialised
// again in the RSC payload). Urgency is worked out on the server (SharedGoal).
import type { DeadlineStatus } from "@/lib/goals/progress";
import { DeadlineBadge } from "@/components/goals/deadline-badge";
import { CheckIcon } from "@/components/goals/icons";
import { StepPlan, type StepPlanView } from "@/components/goals/step-plan";
import { PlanReviewForm, type PlanReviewActions } from "./plan-review-form";

export type SharedStepView = { id: string; title: string; done: boolean; deadline: { date: string; status: DeadlineStatus } | null; plan: StepPlanView };

export function SharedSteps({ steps, planActions }: { steps: SharedStepView[]; planActions: PlanReviewActions }) {
  return (
    <ul className="space-y-2">
      {steps.map((step) => (
        <li key={step.id} id={`step-${step.id}`} className="scroll-mt-6 text-sm target:rounded-lg target:ring-2 target:ring-amber-400">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {step.done ? (
              <span className="pill pill-brand inline-flex items-center gap-1">
                <CheckIcon className="h-3.5 w-3.5" />
                Done
              </span>
            ) : (
              <span className="pill pill-slate">To do</span>
            )}
            <span className={step.done ? "text-slate-600" : "text-slate-900"}>{step.title}</span>
            {step.deadline ? <DeadlineBadge deadline={step.deadline.date} status={step.deadline.status} /> : null}
          </div>
          <StepPlan stepId={step.id} plan={step.plan} viewer="buddy" />
          {step.plan.ifThenPlan && !step.done ? <PlanReviewForm stepId={step.id} stepTitle={step.title} review={step.plan.review} actions={planActions} /> : null}
        </li>
      ))}
    </ul>
  );
}
