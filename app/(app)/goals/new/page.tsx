import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { goalDraftFromSearchParams, prefillQuery, searchParam, type SearchParams } from "@/lib/goals/goal-draft";
import { goalExamples } from "@/lib/goals/goal-examples";
import { hasAnyGoal } from "@/lib/goals/has-any-goal";
import { todayIn } from "@/lib/time/calendar-date";
import { GoalExamples } from "@/components/goals/goal-examples";
import { GoalForm } from "@/components/goals/goal-form";
import { SmartWizard } from "@/components/goals/smart-wizard";
import { createGoalAction } from "./actions";

export const metadata: Metadata = { title: "New goal" };

type Mode = "wizard" | "form";

/** /goals/new with the prefill kept and the mode set (or the example replaced). */
function newGoalHref(params: SearchParams, change: { mode?: Mode; example?: string }): string {
  const query = prefillQuery(params);
  const mode = change.mode ?? searchParam(params, "mode");
  if (change.example) {
    // An example is a fresh start: it replaces whatever was prefilled.
    for (const name of [...query.keys()]) query.delete(name);
    query.set("example", change.example);
  }
  if (mode === "wizard" || mode === "form") query.set("mode", mode);
  return `/goals/new?${query.toString()}`;
}

export default async function NewGoalPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const today = todayIn(user.timeZone);
  // The guided wizard for someone writing their first goal; the compact form once they have one.
  const asked = searchParam(params, "mode");
  const mode: Mode = asked === "wizard" || asked === "form" ? asked : (await hasAnyGoal(user)) ? "form" : "wizard";
  const draft = goalDraftFromSearchParams(params, today);
  // The draft is kept per person; a link that prefills the form (an example, a reflection) wins.
  const storage = { key: `goal-new:${user.id}`, restore: prefillQuery(params).size === 0 };
  const examples = goalExamples(today).map((example) => ({ key: example.key, label: example.label, href: newGoalHref(params, { example: example.key }) }));

  return (
    <div className="flex flex-col gap-6 sm:gap-8">
      <div className="max-w-3xl space-y-2 sm:space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">New goal</h1>
        <p className="leading-relaxed text-slate-700 sm:text-lg">
          {mode === "wizard" ? "We will build your goal one SMART part at a time: specific, measurable, attainable, relevant and time-bound. The SMART check tells you what each part still needs." : "Write your goal and make each SMART part concrete. The SMART check tells you what each part still needs."}
        </p>
        <p className="text-sm text-slate-700">
          {mode === "wizard" ? (
            <Link href={newGoalHref(params, { mode: "form" })} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Prefer one page? Use the compact form
            </Link>
          ) : (
            <Link href={newGoalHref(params, { mode: "wizard" })} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
              New to SMART goals? Use the step-by-step guide
            </Link>
          )}
        </p>
      </div>
      {/* On a phone the examples come after the form, so its first field is on the first screen. */}
      <div className="order-last lg:order-none">
        <GoalExamples examples={examples} current={searchParam(params, "example")} />
      </div>
      {mode === "wizard" ? <SmartWizard action={createGoalAction} initial={draft} today={today} storage={storage} /> : <GoalForm action={createGoalAction} initial={draft} today={today} submitLabel="Create goal" pendingLabel="Creating…" cancelHref="/dashboard" storage={storage} />}
    </div>
  );
}
