// Every active goal on one sheet, by horizon: the statement, its date and the next step.
import type { PlanOverviewGoal } from "@/lib/goals/goal-plan";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { HORIZONS, type Horizon } from "@/lib/goals/horizon";

// The printed sheet names each horizon as time ahead rather than as a length.
const SHEET_TITLES: Record<Horizon, string> = { 1: "This year", 5: "In five years", 10: "In ten years" };
const SECTIONS = HORIZONS.map((years) => ({ years, title: SHEET_TITLES[years] }));

export function PlanOverviewSheet({ name, goals, printedOn }: { name: string; goals: PlanOverviewGoal[]; printedOn: string }) {
  return (
    <article aria-labelledby="overview-title" className="space-y-5">
      <header className="border-b-2 border-slate-900 pb-3">
        <h1 id="overview-title" className="text-2xl font-bold tracking-tight">
          {name}&apos;s goals
        </h1>
        <p className="text-sm text-slate-700">{goals.length === 1 ? "1 active goal" : `${goals.length} active goals`}, by horizon, each with its next step.</p>
      </header>
      {goals.length === 0 ? <p>No active goals yet.</p> : null}
      {SECTIONS.map((horizon) => {
        const inHorizon = goals.filter((goal) => goal.horizonYears === horizon.years);
        if (inHorizon.length === 0) return null;
        return (
          <section key={horizon.years} aria-labelledby={`overview-${horizon.years}`} className="space-y-2 break-inside-avoid">
            <h2 id={`overview-${horizon.years}`} className="text-lg font-bold">
              {horizon.title} <span className="text-sm font-medium text-slate-600">({horizon.years}-year goals)</span>
            </h2>
            <ul className="divide-y divide-slate-300 border-y border-slate-300">
              {inHorizon.map((goal) => (
                <li key={goal.id} className="py-2 break-inside-avoid">
                  <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-semibold">{goal.title}</span>
                    <span className="shrink-0 text-sm tabular-nums text-slate-700">by {formatCalendarDate(goal.deadline)}</span>
                  </p>
                  <p className="text-sm text-slate-700">
                    {goal.nextStep ? `Next: ${goal.nextStep.title}${goal.nextStep.deadline ? ` (by ${formatCalendarDate(goal.nextStep.deadline)})` : ""}` : "Next: choose a first step."}
                    {goal.reward ? ` · Reward: ${goal.reward}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p className="text-xs text-slate-600">Printed from Stepwise on {printedOn}.</p>
    </article>
  );
}
