import Link from "next/link";
import { reflectStepHref, type ReflectStep } from "@/lib/reflections/reflect-steps";

/** The Reflect steps as a row of links, the current one marked, each with its share of answers. */
export function ReflectStepsNav({ steps, currentIndex }: { steps: ReflectStep[]; currentIndex: number }) {
  return (
    <nav aria-label="Reflection sections">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {steps.map((step, index) => {
          const current = index === currentIndex;
          const complete = step.total > 0 && step.answered === step.total;
          return (
            <li key={step.key} className="flex">
              <Link href={reflectStepHref(step.key)} aria-current={current ? "step" : undefined} className={`flex w-full flex-col gap-0.5 rounded-xl border px-3 py-2.5 text-sm hover:border-brand-600 ${current ? "border-brand-700 bg-brand-50 ring-1 ring-brand-700" : "border-slate-200 bg-white"}`}>
                <span className="font-semibold leading-snug text-slate-900">
                  <span className="text-slate-600">{index + 1}.</span> {step.title}
                </span>
                <span className={`flex items-center gap-1 text-xs ${complete ? "font-semibold text-brand-700" : "text-slate-600"}`}>
                  {complete ? <span aria-hidden="true" className="icon icon-check size-3.5" /> : null}
                  {step.total > 0 ? `${step.answered} of ${step.total} answered` : "Where to start a goal"}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
