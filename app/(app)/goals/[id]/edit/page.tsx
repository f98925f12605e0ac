import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/validation/action-helpers";
import { getGoal } from "@/lib/goals/get-goal";
import { goalDraftFromGoal } from "@/lib/goals/goal-draft";
import { todayIn } from "@/lib/time/calendar-date";
import { GoalForm } from "@/components/goals/goal-form";
import { updateGoalAction } from "./actions";

export const metadata: Metadata = { title: "Edit goal" };

export default async function EditGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const goal = await orNotFound(getGoal(user, id));
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit goal</h1>
        <p className="text-slate-700">Plans change as you learn. Keep each SMART part true to where you are now.</p>
      </div>
      <GoalForm action={updateGoalAction.bind(null, goal.id)} initial={goalDraftFromGoal(goal)} today={todayIn(user.timeZone)} submitLabel="Save changes" pendingLabel="Saving…" cancelHref={`/goals/${goal.id}`} />
    </div>
  );
}
