import Link from "next/link";
import type { GoalProgress, DeadlineStatus } from "@/lib/goals/progress";
import type { GoalDto } from "@/lib/goals/goal-dto";
import { CategoryLabel } from "./category-label";
import { DeadlineBadge } from "./deadline-badge";
import { ProgressBar } from "./progress-bar";

export function GoalCard({ goal, progress, deadlineStatus }: { goal: GoalDto; progress: GoalProgress; deadlineStatus: DeadlineStatus }) {
  return (
    <article className="flex h-full flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CategoryLabel category={goal.category} />
        <DeadlineBadge deadline={goal.deadline} status={deadlineStatus} />
      </div>
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/goals/${goal.id}`} className="hover:underline">
          {goal.title}
        </Link>
      </h3>
      <div className="mt-auto">
        <ProgressBar progress={progress} label={`Progress on ${goal.title}`} />
      </div>
      {goal.visibility === "BUDDIES" ? <p className="text-xs text-slate-600">Shared with your buddies</p> : null}
    </article>
  );
}
