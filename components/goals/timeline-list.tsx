import Link from "next/link";
import { timelineByYear } from "@/lib/goals/timeline-list";
import type { TimelineLayout } from "@/lib/goals/timeline";
import { formatCalendarDate } from "@/lib/time/calendar-date";

/**
 * The timeline on a phone: a vertical line down the page, a heading per year, and every goal
 * deadline (a diamond) and dated step (a dot, filled when done) in date order, with its whole
 * title. It scrolls with the page; nothing is clipped or scrolls sideways.
 */
export function TimelineList({ layout }: { layout: TimelineLayout }) {
  const years = timelineByYear(layout.rows);
  return (
    <div className="space-y-6">
      {years.map(({ year, entries }) => (
        <section key={year} aria-labelledby={`timeline-year-${year}`}>
          <h2 id={`timeline-year-${year}`} className="text-lg font-semibold tracking-tight">
            {year}
          </h2>
          <ol className="mt-2 border-l-2 border-brand-200 pl-5">
            {entries.map((entry) => (
              <li key={entry.key} className="relative py-2">
                {entry.kind === "goal" ? (
                  <>
                    <span aria-hidden="true" className={`absolute -left-[27px] top-3.5 size-3 rotate-45 rounded-[2px] ${entry.overdue ? "bg-red-700" : "bg-brand-700"}`} />
                    <Link href={`/goals/${entry.goalId}`} className="font-semibold leading-snug text-slate-900 underline-offset-4 hover:underline">
                      {entry.title}
                    </Link>
                    <p className="text-sm text-slate-700">
                      Goal deadline, {formatCalendarDate(entry.deadline)} · {entry.horizonYears}-year goal
                      {entry.overdue ? <span className="font-semibold text-red-800"> · overdue</span> : null}
                    </p>
                  </>
                ) : (
                  <>
                    <span aria-hidden="true" className={`absolute -left-[26px] top-3.5 size-2.5 rounded-full border-2 border-brand-700 ${entry.done ? "bg-brand-700" : "bg-white"}`} />
                    <p className="leading-snug text-slate-900">
                      {entry.title}
                      {entry.done ? <span className="text-sm font-semibold text-brand-800"> (done)</span> : null}
                    </p>
                    <p className="text-sm text-slate-700">
                      Step, {formatCalendarDate(entry.deadline)} · for{" "}
                      <Link href={`/goals/${entry.goalId}`} className="underline underline-offset-2 hover:text-slate-900">
                        {entry.goalTitle}
                      </Link>
                    </p>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
