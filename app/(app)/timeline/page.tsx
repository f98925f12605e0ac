import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTimeline } from "@/lib/goals/get-timeline";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { ButtonLink } from "@/components/ui/button";
import { TimelineChart } from "@/components/goals/timeline-chart";
import { TimelineList } from "@/components/goals/timeline-list";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  const user = await requireUser();
  const { layout, truncated } = await getTimeline(user);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Timeline</h1>
        <p className="mt-2 text-slate-700">
          Your active goals from today to ten years out. Diamonds are goal deadlines (red when overdue); dots are steps (filled when done).
          <span className="hidden md:inline"> The first year is drawn wider so near steps stay readable.</span>
        </p>
      </div>
      {layout.rows.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="text-slate-700">No active goals to show yet.</p>
          <div className="mt-4">
            <ButtonLink href="/goals/new">Set a goal</ButtonLink>
          </div>
        </div>
      ) : (
        <>
          {/* On a phone the time axis would be too small to read: the same facts as a vertical list,
              which also stands in for the table. */}
          <div className="md:hidden">
            <TimelineList layout={layout} />
          </div>
          <div className="hidden md:block">
            <TimelineChart layout={layout} />
          </div>
          {truncated ? <p className="text-sm text-slate-600">Showing your 100 nearest goals.</p> : null}
          <details className="hidden rounded-xl border border-slate-200 bg-white p-4 md:block">
            <summary className="cursor-pointer font-semibold">Show the timeline as a table</summary>
            <table className="mt-4 w-full text-left text-sm">
              <caption className="sr-only">Goals and dated steps in deadline order</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-4">
                    Goal or step
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Horizon
                  </th>
                  <th scope="col" className="py-2">
                    Deadline
                  </th>
                </tr>
              </thead>
              <tbody>
                {layout.rows.flatMap((row) => [
                  <tr key={row.goalId} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      <Link href={`/goals/${row.goalId}`} className="hover:underline">
                        {row.title}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">{row.horizonYears} years</td>
                    <td className="py-2">
                      {formatCalendarDate(row.deadline)}
                      {row.overdue ? " (overdue)" : ""}
                    </td>
                  </tr>,
                  ...row.steps.map((step) => (
                    <tr key={step.id} className="border-b border-slate-100 text-slate-700">
                      <td className="py-2 pl-4 pr-4">
                        Step: {step.title}
                        {step.done ? " (done)" : ""}
                      </td>
                      <td className="py-2 pr-4" />
                      <td className="py-2">{formatCalendarDate(step.deadline)}</td>
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
