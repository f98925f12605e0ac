"use client";

// One step of a goal's plan. A client component although it has no state: the page sends each
// step as the few fields below (a StepView) instead of its rendered markup, which made every step
// cost as much again in the RSC payload as in the HTML. Dates and urgency are worked out on the
// server (MicroGoalList), so the browser renders exactly what the server did.
import Link from "next/link";
import type { DeadlineStatus } from "@/lib/goals/progress";
import { stepChoiceValue } from "@/lib/goals/step-choice";
import type { FormAction } from "@/lib/validation/form-action";
import { DeadlineBadge } from "./deadline-badge";
import { EditMicroGoalDisclosure } from "./micro-goal-form";
import { CheckboxIcon, CheckIcon, WarningIcon } from "./icons";
import { STEP_FORM } from "./step-forms";
import { StepPlan, type StepPlanView } from "./step-plan";
import { minuteToTime } from "@/lib/goals/if-then-plan";

/** What a step shows: its fields, whether it is done, its deadline's urgency and whether it falls after the goal's. */
export type StepView = {
  id: string;
  title: string;
  actionPlan: string;
  done: boolean;
  deadline: { date: string; status: DeadlineStatus } | null;
  afterGoalDeadline: boolean;
  plan: StepPlanView;
};

const stepAnchor = (id: string) => `step-item-${id}`;

const PLAN_LABEL = /^(What|Resources|Who can help):\s*(.*)$/;

/** The action plan as written; the "What: / Resources: / Who can help:" lines of a suggestion get bold labels. */
function ActionPlan({ text }: { text: string }) {
  if (!text) return null;
  return (
    <div className="mt-2 space-y-1 text-sm leading-relaxed text-slate-700">
      {/* Textareas submit CRLF line breaks. */}
      {text.split(/\r?\n/).map((line, index) => {
        const match = PLAN_LABEL.exec(line);
        return (
          <p key={index} className="whitespace-pre-wrap">
            {match ? (
              <>
                <strong className="font-semibold text-slate-900">{match[1]}:</strong> {match[2]}
              </>
            ) : (
              line || "\u00a0"
            )}
          </p>
        );
      })}
    </div>
  );
}

type Props = {
  step: StepView;
  goal: { id: string; deadlineText: string };
  update: FormAction;
  answerPlan: FormAction;
  /** Whether this step's edit form was asked for (`?edit=<step id>`). Only that step renders its form:
   *  a form per step made the goal page several times heavier; the others link to theirs. */
  editing: boolean;
};

/** One step of a goal's plan: what it is, its plan and deadline, and what can be done to it. */
export function MicroGoalItem({ step, goal, update, answerPlan, editing }: Props) {
  const { done } = step;
  const doneLabel = done ? "Mark not done" : "Mark done";
  return (
    <div id={stepAnchor(step.id)} className="min-w-0 flex-1 scroll-mt-6">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className={`text-base font-semibold leading-snug ${done ? "text-slate-600" : "text-slate-900"}`}>{step.title}</h3>
        {done ? (
          <span className="pill pill-brand inline-flex items-center gap-1">
            <CheckIcon className="h-3.5 w-3.5" />
            Done
          </span>
        ) : null}
        {step.deadline ? <DeadlineBadge deadline={step.deadline.date} status={step.deadline.status} /> : null}
      </div>
      {step.afterGoalDeadline ? (
        <p className="mt-1 inline-flex items-center gap-1.5 text-sm font-medium text-amber-900">
          <WarningIcon className="h-4 w-4 shrink-0 text-amber-700" />
          After the goal&apos;s deadline
          <span className="sr-only">{`(${goal.deadlineText})`}</span>
        </p>
      ) : null}
      <ActionPlan text={step.actionPlan} />
      <StepPlan stepId={step.id} plan={step.plan} viewer="owner" answerAction={answerPlan} />
      <div className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-2">
        {/* aria-label rather than hidden text: browsers put a space before a visually hidden span ("Mark done : …"). */}
        <button type="submit" form={STEP_FORM.done} name="done" value={stepChoiceValue(step.id, done ? "false" : "true")} aria-label={`${doneLabel}: ${step.title}`} className="step-action border border-slate-300 bg-white text-slate-800 hover:bg-slate-50">
          <CheckboxIcon checked={done} className="h-4 w-4" />
          {doneLabel}
        </button>
        {editing ? (
          <EditMicroGoalDisclosure
            action={update}
            goalId={goal.id}
            microGoal={{
              id: step.id,
              title: step.title,
              actionPlan: step.actionPlan,
              deadline: step.deadline?.date ?? null,
              obstacle: step.plan.obstacle,
              ifThenPlan: step.plan.ifThenPlan,
              cueWeekday: step.plan.cue.weekday === null ? "" : String(step.plan.cue.weekday),
              cueTime: step.plan.cue.minute === null ? "" : minuteToTime(step.plan.cue.minute),
            }}
            goalDeadlineText={goal.deadlineText}
            initiallyOpen
          />
        ) : (
          <Link href={`/goals/${goal.id}?edit=${step.id}#${stepAnchor(step.id)}`} className="step-action text-brand-700 hover:bg-brand-50">
            Edit<span className="sr-only">{` step: ${step.title}`}</span>
          </Link>
        )}
        {/* Last and quiet: deleting is rare, and must not be the eye-catching control beside "Mark done". */}
        <button type="submit" form={STEP_FORM.remove} name="delete" value={step.id} className="step-action text-slate-600 hover:bg-red-50 hover:text-red-800">
          Delete<span className="sr-only">{` step: ${step.title}`}</span>
        </button>
      </div>
    </div>
  );
}
