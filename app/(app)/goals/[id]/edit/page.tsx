import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getGoal } from "@/lib/goals/get-goal";
import { goalDraftFromGoal } from "@/lib/goals/goal-draft";
import type { GoalDto } from "@/lib/goals/goal-dto";
import { IdSchema } from "@/lib/goals/schemas";
import { todayIn } from "@/lib/time/calendar-date";
import { GoalForm } from "@/components/goals/goal-form";
import { updateGoalAction } from "./actions";

export const metadata: Metadata = { title: "Edit goal" };

export default async function EditGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!IdSchema.safeParse(id).success) notFound();
  let goal: GoalDto;
  try {
    goal = await getGoal(user, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit goal</h1>
        <p className="text-slate-700">Plans change as you learn. Keep each SMART part true to where you are now.</p>
      </div>
      <GoalForm
        action={updateGoalAction.bind(null, goal.id)}
        initial={goalDraftFromGoal(goal)}
        today={todayIn(user.timeZone)}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        cancelHref={`/goals/${goal.id}`}
      />
    </div>
  );
}
