import { MAX_LABEL_CHARACTERS, type TimelineLayout } from "@/lib/goals/timeline";
import { formatCalendarDate } from "@/lib/time/calendar-date";

/** The title cut at a word boundary, so it stays a prefix of the link's accessible name. */
function shortTitle(title: string): string {
  if (title.length <= MAX_LABEL_CHARACTERS) return title;
  const cut = title.slice(0, MAX_LABEL_CHARACTERS);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > 20 ? cut.slice(0, lastSpace) : cut).trimEnd();
}

/**
 * The timeline as SVG. Each goal marker is a link (focusable, with its name and date as the
 * accessible name), so the chart works by keyboard; the table after it carries the same facts
 * for screen readers and for anyone who prefers a list.
 */
export function TimelineChart({ layout }: { layout: TimelineLayout }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} className="min-w-[720px]" role="group" aria-labelledby="timeline-title">
        <title id="timeline-title">Your goals on a time axis from today to ten years out</title>
        {layout.ticks.map((tick) => (
          <g key={tick.label} aria-hidden="true">
            <line x1={tick.x} x2={tick.x} y1={layout.axisY + 6} y2={layout.height - 8} className="stroke-slate-200" strokeDasharray="4 4" />
            <text x={tick.x} y={layout.axisY} textAnchor={tick.label === "Today" ? "start" : "middle"} className="fill-slate-600 text-[12px]">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bands.map((band) => (
          <text key={band.horizonYears} x={16} y={band.y + 14} className="fill-brand-800 text-[12px] font-semibold" aria-hidden="true">
            {band.label}
          </text>
        ))}
        {layout.rows.map((row) => (
          <g key={row.goalId}>
            <line x1={16} x2={row.x} y1={row.y} y2={row.y} className="stroke-brand-200" strokeWidth={6} strokeLinecap="round" aria-hidden="true" />
            {row.steps.map((step) => (
              <circle key={step.id} cx={step.x} cy={row.y} r={4} className={step.done ? "fill-brand-600" : "fill-white stroke-brand-700"} strokeWidth={1.5} aria-hidden="true">
                <title>{`${step.title}: ${formatCalendarDate(step.deadline)}${step.done ? " (done)" : ""}`}</title>
              </circle>
            ))}
            <a href={`/goals/${row.goalId}`} aria-label={`${row.title}, due ${formatCalendarDate(row.deadline)}${row.overdue ? ", overdue" : ""}`} className="focus:outline-none [&:focus-visible>rect]:stroke-brand-900 [&:focus-visible>rect]:stroke-[3px]">
              <rect x={row.x - 7} y={row.y - 7} width={14} height={14} rx={3} transform={`rotate(45 ${row.x} ${row.y})`} className={row.overdue ? "fill-red-700" : "fill-brand-700"} />
              <text x={row.label.x} y={row.label.anchor === "end" ? row.y - 10 : row.y + 4} textAnchor={row.label.anchor} className="fill-slate-900 text-[13px]">
                {/* A shortened title stays a prefix of the link's accessible name; the ellipsis is drawn only. */}
                {shortTitle(row.title)}
                {shortTitle(row.title) !== row.title ? <tspan aria-hidden="true">…</tspan> : null}
              </text>
            </a>
          </g>
        ))}
      </svg>
    </div>
  );
}
