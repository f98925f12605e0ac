import type { MicroGoalDto } from "@/lib/goals/goal-dto";
import { deadlineStatus } from "@/lib/goals/progress";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { FormAction } from "@/lib/validation/form-action";
import { MicroGoalItem, type StepView } from "./micro-goal-item";
import { MicroGoalReorder, type ReorderResult } from "./micro-goal-reorder";
import { StepForms, type StepFormActions } from "./step-forms";
import { toStepPlanView } from "./step-plan-view";

export type MicroGoalListActions = StepFormActions & {
  update: FormAction;
  /** The owner's answer to a buddy's question about a step's plan. */
  answerPlan: FormAction;
  reorder: (goalId: string, orderedIds: string[]) => Promise<ReorderResult>;
};

function stepView(microGoal: MicroGoalDto, goalDeadline: string, today: string, timeZone: string): StepView {
  const done = microGoal.doneAt !== null;
  return {
    id: microGoal.id,
    title: microGoal.title,
    actionPlan: microGoal.actionPlan,
    done,
    deadline: microGoal.deadline ? { date: microGoal.deadline, status: deadlineStatus(microGoal.deadline, today, done) } : null,
    afterGoalDeadline: microGoal.deadline !== null && microGoal.deadline > goalDeadline,
    plan: toStepPlanView(microGoal, timeZone),
  };
}

/** A goal's steps in their order, each with its controls, or a short nudge when there are none. */
export function MicroGoalList({ goal, microGoals, today, timeZone, actions, editingId }: { goal: { id: string; deadline: string }; microGoals: MicroGoalDto[]; today: string; timeZone: string; actions: MicroGoalListActions; editingId?: string }) {
  if (microGoals.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-center text-slate-700">No steps yet. Add the first one below, or pick a suggestion.</p>;
  }
  const goalView = { id: goal.id, deadlineText: formatCalendarDate(goal.deadline) };
  return (
    <>
      <StepForms goalId={goal.id} actions={actions} />
      <MicroGoalReorder
        goalId={goal.id}
        reorderAction={actions.reorder}
        items={microGoals.map((microGoal) => ({
          id: microGoal.id,
          title: microGoal.title,
          content: <MicroGoalItem step={stepView(microGoal, goal.deadline, today, timeZone)} goal={goalView} update={actions.update} answerPlan={actions.answerPlan} editing={microGoal.id === editingId} />,
        }))}
      />
    </>
  );
}
