import type { MicroGoalDto } from "@/lib/goals/goal-dto";
import { MicroGoalItem, type MicroGoalItemActions } from "./micro-goal-item";
import { MicroGoalReorder, type ReorderResult } from "./micro-goal-reorder";
import { StepForms, type StepFormActions } from "./step-forms";

export type MicroGoalListActions = MicroGoalItemActions &
  StepFormActions & {
    reorder: (goalId: string, orderedIds: string[]) => Promise<ReorderResult>;
  };

/** A goal's steps in their order, each with its controls, or a short nudge when there are none. */
export function MicroGoalList({ goal, microGoals, today, actions, editingId }: { goal: { id: string; deadline: string }; microGoals: MicroGoalDto[]; today: string; actions: MicroGoalListActions; editingId?: string }) {
  if (microGoals.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-center text-slate-700">No steps yet. Add the first one below, or pick a suggestion.</p>;
  }
  const itemActions = { update: actions.update };
  return (
    <>
      <StepForms goalId={goal.id} actions={actions} />
      <MicroGoalReorder
        goalId={goal.id}
        reorderAction={actions.reorder}
        items={microGoals.map((microGoal) => ({
          id: microGoal.id,
          title: microGoal.title,
          content: <MicroGoalItem microGoal={microGoal} goal={goal} today={today} actions={itemActions} editing={microGoal.id === editingId} />,
        }))}
      />
    </>
  );
}
