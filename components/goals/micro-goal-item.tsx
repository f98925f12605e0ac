import Link from "next/link";
import type { MicroGoalDto } from "@/lib/goals/goal-dto";
import { deadlineStatus } from "@/lib/goals/progress";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { FormAction } from "@/components/account/form-action";
import { DeadlineBadge } from "./deadline-badge";
import { EditMicroGoalDisclosure } from "./micro-goal-form";
import { CheckboxIcon, CheckIcon, WarningIcon } from "./icons";
import { STEP_FORM } from "./step-forms";
import { stepChoiceValue } from "@/lib/goals/step-choice";

export type MicroGoalItemActions = { update: FormAction };

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
  microGoal: MicroGoalDto;
  goal: { id: string; deadline: string };
  today: string;
  actions: MicroGoalItemActions;
  /** Whether this step's edit form was asked for (`?edit=<step id>`). Only that step renders its form:
   *  a form per step made the goal page several times heavier; the others link to theirs. */
  editing: boolean;
};

/** One step of a goal's plan: what it is, its plan and deadline, and what can be done to it. */
export function MicroGoalItem({ microGoal, goal, today, actions, editing }: Props) {
  const done = microGoal.doneAt !== null;
  const afterGoalDeadline = microGoal.deadline !== null && microGoal.deadline > goal.deadline;
  const goalDeadlineText = formatCalendarDate(goal.deadline);
  const doneLabel = done ? "Mark not done" : "Mark done";
  return (
    <div id={stepAnchor(microGoal.id)} className="min-w-0 flex-1 scroll-mt-6">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className={`text-base font-semibold leading-snug ${done ? "text-slate-600" : "text-slate-900"}`}>{microGoal.title}</h3>
        {done ? (
          <span className="pill pill-brand inline-flex items-center gap-1">
            <CheckIcon className="h-3.5 w-3.5" />
            Done
          </span>
        ) : null}
        {microGoal.deadline ? <DeadlineBadge deadline={microGoal.deadline} status={deadlineStatus(microGoal.deadline, today, done)} /> : null}
      </div>
      {afterGoalDeadline ? (
        <p className="mt-1 inline-flex items-center gap-1.5 text-sm font-medium text-amber-900">
          <WarningIcon className="h-4 w-4 shrink-0 text-amber-700" />
          After the goal&apos;s deadline
          <span className="sr-only">({goalDeadlineText})</span>
        </p>
      ) : null}
      <ActionPlan text={microGoal.actionPlan} />
      <div className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-2">
        {/* aria-label rather than hidden text: browsers put a space before a visually hidden span ("Mark done : …"). */}
        <button type="submit" form={STEP_FORM.done} name="done" value={stepChoiceValue(microGoal.id, done ? "false" : "true")} aria-label={`${doneLabel}: ${microGoal.title}`}
          className={`step-action border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>
          <CheckboxIcon checked={done} className="h-4 w-4" />
          {doneLabel}
        </button>
        <button type="submit" form={STEP_FORM.remove} name="delete" value={microGoal.id} className={`step-action text-red-800 hover:bg-red-50`}>
          Delete<span className="sr-only">{` step: ${microGoal.title}`}</span>
        </button>
        {editing ? (
          <EditMicroGoalDisclosure action={actions.update} goalId={goal.id} microGoal={{ id: microGoal.id, title: microGoal.title, actionPlan: microGoal.actionPlan, deadline: microGoal.deadline }}
            goalDeadlineText={goalDeadlineText} initiallyOpen />
        ) : (
          <Link href={`/goals/${goal.id}?edit=${microGoal.id}#${stepAnchor(microGoal.id)}`} className={`step-action text-brand-700 hover:bg-brand-50`}>
            Edit<span className="sr-only">{` step: ${microGoal.title}`}</span>
          </Link>
        )}
      </div>
    </div>
  );
}
