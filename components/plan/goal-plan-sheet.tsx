// One goal on one sheet of paper: the statement large, the SMART parts, the steps with dates and
// action plans (a box to tick by hand), then the reward, the buddy and the next review.
import type { ReactNode } from "react";
import type { GoalPlan } from "@/lib/goals/goal-plan";
import { categoryLabel } from "@/lib/goals/categories";
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatCalendarDate } from "@/lib/time/calendar-date";

function Part({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="break-inside-avoid">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{term}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-sm leading-snug">{children || <span className="text-slate-500">—</span>}</dd>
    </div>
  );
}

function measureText(goal: GoalPlan["goal"]): string {
  const unit = goal.measureUnit ? ` ${goal.measureUnit}` : "";
  const numbers = goal.targetValue !== null ? `${goal.baselineValue !== null ? `from ${formatNumber(goal.baselineValue)} ` : ""}to ${formatNumber(goal.targetValue)}${unit}` : "";
  return [goal.measure, numbers].filter(Boolean).join(": ");
}

export function GoalPlanSheet({ plan, reviewText, printedOn }: { plan: GoalPlan; reviewText: string | null; printedOn: string }) {
  const { goal, steps } = plan;
  return (
    <article aria-labelledby="plan-title" className="space-y-5 print:space-y-4">
      <header className="space-y-1 border-b-2 border-slate-900 pb-3">
        <p className="text-xs font-semibold uppercase tracking-widest text-slate-600">
          My {goal.horizonYears}-year goal · {categoryLabel(goal.category)}
        </p>
        <h1 id="plan-title" className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl print:text-2xl">
          {goal.title}
        </h1>
        <p className="text-sm font-medium">
          Done by <time dateTime={goal.deadline}>{formatCalendarDate(goal.deadline)}</time>
        </p>
      </header>

      <section aria-labelledby="plan-smart">
        <h2 id="plan-smart" className="sr-only">
          SMART
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 print:grid-cols-2">
          <Part term="Specific">{goal.specific}</Part>
          <Part term="Measurable">{measureText(goal)}</Part>
          <Part term="Attainable">{goal.attainable}</Part>
          <Part term="Relevant">{goal.relevant}</Part>
        </dl>
      </section>

      <section aria-labelledby="plan-steps" className="space-y-2">
        <h2 id="plan-steps" className="text-lg font-bold">
          Action plan
        </h2>
        {steps.length === 0 ? (
          <p className="text-sm text-slate-700">No steps yet: add the first one on the goal&apos;s page.</p>
        ) : (
          <ol className="divide-y divide-slate-300 border-y border-slate-300">
            {steps.map((step) => (
              <li key={step.id} className="flex gap-3 py-2 break-inside-avoid">
                <span aria-hidden="true" className={`mt-0.5 grid size-4 shrink-0 place-items-center border-2 border-slate-900 text-[10px] font-bold leading-none`}>
                  {step.doneAt ? "✓" : ""}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                    <span className={`font-semibold ${step.doneAt ? "line-through" : ""}`}>
                      {step.title}
                      {step.doneAt ? <span className="sr-only"> (done)</span> : null}
                    </span>
                    <span className="shrink-0 tabular-nums text-slate-700">{step.deadline ? `by ${formatCalendarDate(step.deadline)}` : "no date yet"}</span>
                  </p>
                  {step.actionPlan ? <p className="mt-0.5 whitespace-pre-line break-words text-sm leading-snug text-slate-700">{step.actionPlan}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <dl className="grid gap-4 rounded-lg border-2 border-slate-900 p-3 sm:grid-cols-3 print:grid-cols-3">
        <Part term="My reward">{goal.reward ?? ""}</Part>
        <Part term="My buddy">{plan.buddies.length > 0 ? plan.buddies.join(", ") : goal.visibility === "BUDDIES" ? "Invite a buddy on Stepwise" : "Private goal: no buddy sees it"}</Part>
        <Part term="Next review">{reviewText ?? "Not booked yet"}</Part>
      </dl>

      <p className="text-xs text-slate-600">Printed from Stepwise on {printedOn}. Put it where you will see it every day.</p>
    </article>
  );
}
