"use client";

// The step form's if-then part: the obstacle, the plan (with examples and the check that it names
// a situation and an action, run as the person leaves the field), and the plan's cue, a weekday
// and/or time that the step's reminder goes out at. The cue is pre-filled from the plan's words
// while the person has not chosen one.
import { useState } from "react";
import { cueFromPlan, IF_THEN_EXAMPLES, IF_THEN_LIMITS, ifThenPlanProblem, minuteToTime, WEEKDAY_NAMES } from "@/lib/goals/if-then-plan";
import { FieldFrame } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";

export type IfThenValues = { obstacle: string; ifThenPlan: string; cueWeekday: string; cueTime: string };

const control = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600";

export function IfThenFields({ idPrefix, initial, errors }: { idPrefix: string; initial: IfThenValues; errors?: Record<string, string[] | undefined> }) {
  const [plan, setPlan] = useState(initial.ifThenPlan);
  const [obstacle, setObstacle] = useState(initial.obstacle);
  const [weekday, setWeekday] = useState(initial.cueWeekday);
  const [time, setTime] = useState(initial.cueTime);
  // The check speaks once the person leaves the field (not at every keystroke). A new answer from the
  // server shows until the person has changed the plan and left the field again.
  const [checked, setChecked] = useState<{ message: string | null; after: typeof errors } | null>(null);
  const planErrors = checked && checked.after === errors ? (checked.message ? [checked.message] : undefined) : errors?.ifThenPlan;

  function leavePlan() {
    setChecked({ message: ifThenPlanProblem(plan), after: errors });
    if (weekday === "" && time === "") {
      const cue = cueFromPlan(plan);
      if (cue.weekday !== null) setWeekday(String(cue.weekday));
      if (cue.minute !== null) setTime(minuteToTime(cue.minute));
    }
  }

  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">If-then plan (optional)</legend>
      <p className="text-sm text-slate-700">Naming what could get in the way, and deciding in advance when and how you act, makes a step much more likely to happen.</p>
      <TextareaField
        id={`${idPrefix}-obstacle`}
        label="What could get in the way?"
        name="obstacle"
        rows={2}
        value={obstacle}
        onChange={(event) => setObstacle(event.target.value)}
        limit={IF_THEN_LIMITS.obstacle}
        hint="The one thing most likely to stop you: a busy week, self-doubt, a meeting that runs over."
        errors={errors?.obstacle}
      />
      <TextareaField
        id={`${idPrefix}-ifThenPlan`}
        label="Your if-then plan"
        name="ifThenPlan"
        rows={3}
        value={plan}
        onChange={(event) => setPlan(event.target.value)}
        onBlur={leavePlan}
        limit={IF_THEN_LIMITS.ifThenPlan}
        hint={
          <>
            “If (a moment you will notice), then I (what you will do).”
            <span className="mt-1 block text-slate-500">For example:</span>
            <span className="block space-y-0.5 text-slate-600">
              {IF_THEN_EXAMPLES.map((example) => (
                <q key={example} className="block">
                  {example}
                </q>
              ))}
            </span>
          </>
        }
        errors={planErrors}
      />
      <div className="flex flex-wrap gap-4">
        <FieldFrame inputId={`${idPrefix}-cueWeekday`} label="Remind me on (optional)" errors={errors?.cueWeekday} className="min-w-40">
          {(aria) => (
            <select id={`${idPrefix}-cueWeekday`} name="cueWeekday" value={weekday} onChange={(event) => setWeekday(event.target.value)} className={control} {...aria}>
              <option value="">Any day</option>
              {WEEKDAY_NAMES.map((name, index) => (
                <option key={name} value={String(index + 1)}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame inputId={`${idPrefix}-cueTime`} label="At (optional)" errors={errors?.cueTime} className="min-w-32">
          {(aria) => <input id={`${idPrefix}-cueTime`} name="cueTime" type="time" value={time} onChange={(event) => setTime(event.target.value)} className={control} {...aria} />}
        </FieldFrame>
      </div>
      <p className="text-sm text-slate-600">With a day or time and a deadline, the step&apos;s reminder comes then, in your time zone, on the last such day up to the deadline, and quotes your plan.</p>
    </fieldset>
  );
}
