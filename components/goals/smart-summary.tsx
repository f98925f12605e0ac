import type { ReactNode } from "react";
import type { GoalDto } from "@/lib/goals/goal-dto";
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatCalendarDate } from "@/lib/time/calendar-date";

const withUnit = (value: number, unit: string | null) => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));

/** "Started at 80,000 → now 100,000 → target 120,000 USD", from whichever numbers the goal has. */
function MeasureNumbers({ goal }: { goal: GoalDto }) {
  const unit = goal.measureUnit;
  const steps = [goal.baselineValue !== null ? { label: "started at", value: goal.baselineValue } : null, goal.currentValue !== null && goal.targetValue !== null ? { label: "now", value: goal.currentValue } : null, goal.targetValue !== null ? { label: "target", value: goal.targetValue } : null].filter(
    (step) => step !== null,
  );
  if (steps.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-sm text-slate-700">
      {steps.map((step, index) => (
        <span key={step.label} className="inline-flex items-baseline gap-x-2">
          {index > 0 ? (
            <span aria-hidden="true" className="text-slate-400">
              →
            </span>
          ) : null}
          <span>
            {index === 0 ? step.label.charAt(0).toUpperCase() + step.label.slice(1) : step.label} <strong className="font-semibold text-slate-900">{index === steps.length - 1 ? withUnit(step.value, unit) : formatNumber(step.value)}</strong>
            {index < steps.length - 1 ? <span className="sr-only">,</span> : null}
          </span>
        </span>
      ))}
    </p>
  );
}

function Part({ term, children, empty }: { term: string; children: ReactNode; empty: boolean }) {
  return (
    <div className="py-3 first:pt-0 last:pb-0">
      <dt className="text-sm font-semibold text-slate-900">{term}</dt>
      <dd className="mt-0.5 whitespace-pre-line leading-relaxed text-slate-700">{empty ? <span className="italic text-slate-600">Not written yet.</span> : children}</dd>
    </div>
  );
}

/** The five SMART parts of a goal, as the owner wrote them. */
export function SmartSummary({ goal }: { goal: GoalDto }) {
  const hasNumbers = goal.baselineValue !== null || goal.targetValue !== null;
  return (
    <dl className="divide-y divide-slate-100">
      <Part term="Specific" empty={!goal.specific}>
        {goal.specific}
      </Part>
      <Part term="Measurable" empty={!goal.measure && !hasNumbers}>
        {goal.measure}
        <MeasureNumbers goal={goal} />
      </Part>
      <Part term="Attainable" empty={!goal.attainable}>
        {goal.attainable}
      </Part>
      <Part term="Relevant" empty={!goal.relevant}>
        {goal.relevant}
      </Part>
      <Part term="Time-bound" empty={false}>
        By <time dateTime={goal.deadline}>{formatCalendarDate(goal.deadline)}</time>, on a {goal.horizonYears}-year horizon.
      </Part>
    </dl>
  );
}
