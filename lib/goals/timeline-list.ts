// The timeline as a vertical list, for screens too narrow for the time axis: every goal deadline
// and dated step in date order, grouped by year, each with its whole title.
import type { TimelineLayout } from "./timeline";
import type { Horizon } from "./horizon";

export type TimelineListEntry = { kind: "goal"; key: string; goalId: string; title: string; deadline: string; overdue: boolean; horizonYears: Horizon } | { kind: "step"; key: string; goalId: string; title: string; goalTitle: string; deadline: string; done: boolean };

export type TimelineYear = { year: string; entries: TimelineListEntry[] };

export function timelineByYear(rows: TimelineLayout["rows"]): TimelineYear[] {
  const entries: TimelineListEntry[] = rows.flatMap((row) => [
    { kind: "goal" as const, key: row.goalId, goalId: row.goalId, title: row.title, deadline: row.deadline, overdue: row.overdue, horizonYears: row.horizonYears },
    ...row.steps.map((step) => ({ kind: "step" as const, key: step.id, goalId: row.goalId, title: step.title, goalTitle: row.title, deadline: step.deadline, done: step.done })),
  ]);
  // By date; on the same day a goal's steps come before the goal they lead to.
  entries.sort((a, b) => a.deadline.localeCompare(b.deadline) || (a.kind === b.kind ? 0 : a.kind === "step" ? -1 : 1));
  const years: TimelineYear[] = [];
  for (const entry of entries) {
    const year = entry.deadline.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else years.push({ year, entries: [entry] });
  }
  return years;
}
