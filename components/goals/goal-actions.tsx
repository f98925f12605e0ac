import type { GoalDto } from "@/lib/goals/goal-dto";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmTwice } from "@/components/ui/confirm-twice";
import type { PlainAction } from "@/lib/validation/form-action";

type Props = {
  goal: { id: string; title: string; status: GoalDto["status"] };
  /** All steps done or the target reached: only then is "Mark as achieved" the filled button. */
  complete?: boolean;
  actions: { drop: PlainAction; reactivate: PlainAction; remove: PlainAction };
};

/** What can be done to the goal as a whole, by its status. Every action is a plain form. */
export function GoalActions({ goal, complete = false, actions }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      {goal.status === "ACTIVE" ? (
        <ButtonLink href={`/goals/${goal.id}/achieve`} variant={complete ? "primary" : "secondary"}>
          Mark as achieved
        </ButtonLink>
      ) : null}
      {goal.status === "ACHIEVED" ? (
        <ButtonLink href={`/goals/${goal.id}/achieve`} variant="secondary">
          Your reflection
        </ButtonLink>
      ) : null}
      <ButtonLink href={`/goals/${goal.id}/edit`} variant="secondary">
        Edit goal
      </ButtonLink>
      <ButtonLink href={`/goals/${goal.id}/plan`} variant="secondary">
        Print my plan
      </ButtonLink>
      {goal.status === "ACTIVE" ? (
        <form action={actions.drop}>
          <input type="hidden" name="goalId" value={goal.id} />
          <Button type="submit" variant="ghost">
            Drop goal
          </Button>
        </form>
      ) : (
        <form action={actions.reactivate}>
          <input type="hidden" name="goalId" value={goal.id} />
          <Button type="submit" variant="secondary">
            Reactivate
          </Button>
        </form>
      )}
    </div>
  );
}

/** Deleting asks twice: the first button only opens the confirmation (a <details>, no script). */
export function DeleteGoal({ goal, action }: { goal: { id: string; title: string }; action: PlainAction }) {
  return (
    <ConfirmTwice
      label="Delete goal"
      warning={
        <>
          This deletes <strong>{goal.title}</strong> with all its steps and check-ins, for good. If you only want to stop working on it, drop it instead: a dropped goal stays in your history and can be reactivated.
        </>
      }
      action={action}
      fields={{ goalId: goal.id }}
      confirmLabel="Yes, delete this goal"
      pendingLabel="Deleting…"
    />
  );
}
