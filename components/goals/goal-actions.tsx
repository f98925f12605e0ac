import type { GoalDto } from "@/lib/goals/goal-dto";
import { Button, ButtonLink, buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
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
    <details className="group">
      <summary className={buttonClasses("ghost", "cursor-pointer list-none text-red-800! hover:bg-red-50! [&::-webkit-details-marker]:hidden")}>Delete goal</summary>
      <div className="mt-3 space-y-3 rounded-xl border border-red-200 bg-red-50 p-4">
        <p className="text-sm text-red-900">
          This deletes <strong>{goal.title}</strong> with all its steps and check-ins, for good. If you only want to stop working on it, drop it instead: a dropped goal stays in your history and can be reactivated.
        </p>
        <form action={action}>
          <input type="hidden" name="goalId" value={goal.id} />
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Yes, delete this goal
          </SubmitButton>
        </form>
      </div>
    </details>
  );
}
