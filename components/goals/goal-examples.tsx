import Link from "next/link";

export type GoalExampleLink = { key: string; label: string; href: string };

/** Worked goals to start from: each link opens the form filled with a complete SMART goal. */
export function GoalExamples({ examples, current }: { examples: GoalExampleLink[]; current?: string }) {
  return (
    <section aria-labelledby="goal-examples-heading" className="space-y-3">
      <div>
        <h2 id="goal-examples-heading" className="text-lg font-semibold">
          Start from an example
        </h2>
        <p className="text-sm text-slate-600">Each one is a complete SMART goal. Pick the closest and make it yours.</p>
      </div>
      <ul className="flex flex-wrap gap-2">
        {examples.map((example) => (
          <li key={example.key}>
            <Link
              href={example.href}
              aria-current={example.key === current ? "true" : undefined}
              className="inline-flex rounded-full border border-slate-300 bg-white px-3.5 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:border-brand-600 hover:text-brand-800 aria-[current]:border-brand-600 aria-[current]:bg-brand-50 aria-[current]:text-brand-800"
            >
              {example.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
