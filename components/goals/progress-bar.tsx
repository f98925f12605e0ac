import type { GoalProgress } from "@/lib/goals/progress";

const basisText: Record<GoalProgress["basis"], string> = {
  measure: "of the target reached",
  "micro-goals": "of the steps done",
  achieved: "achieved",
  none: "no steps or measure yet",
};

/** "achieved", or "achieved · measure at 75% · 2 of 3 steps open" when it was marked achieved short of them. */
export function achievedDetail(progress: GoalProgress): string {
  const parts = ["achieved"];
  if (progress.measuredPercent !== undefined && progress.measuredPercent < 100) parts.push(`measure at ${progress.measuredPercent}%`);
  if (progress.total !== undefined && progress.done !== undefined && progress.done < progress.total) parts.push(`${progress.total - progress.done} of ${progress.total} steps open`);
  return parts.join(" · ");
}

/** A labelled progress bar; the text carries the meaning, the bar is decoration. */
export function ProgressBar({ progress, label }: { progress: GoalProgress; label: string }) {
  const detail = progress.basis === "micro-goals" ? `${progress.done} of ${progress.total} steps done` : progress.basis === "achieved" ? achievedDetail(progress) : basisText[progress.basis];
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-semibold text-slate-900">{`${progress.percent}%`}</span>
        <span className="text-slate-600">{detail}</span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent} aria-valuetext={`${progress.percent}%, ${detail}`} className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200">
        <div className={`h-full rounded-full ${progress.basis === "achieved" ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
