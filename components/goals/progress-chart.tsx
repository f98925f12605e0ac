import type { ProgressChart as Chart } from "@/lib/goals/progress-chart";

/**
 * Draws a chart built by buildProgressChart as inline SVG, no chart library. The SVG is one image
 * whose name and description say what it shows in words; a visually hidden table holds every
 * point for people who cannot see it. It scales with its container (viewBox); `narrow` is the
 * same data laid out for phones, where the wide drawing's labels would shrink to unreadable.
 */
export function ProgressChart({ wide, narrow, id }: { wide: Chart; narrow: Chart; id: string }) {
  return (
    <div className="space-y-2">
      {/* Only one is displayed, so only one is exposed to assistive technology. */}
      <ChartSvg chart={narrow} id={`${id}-narrow`} className="sm:hidden" />
      <ChartSvg chart={wide} id={id} className="hidden sm:block" />
      {/* The same words are the image's description; hidden here so they are not read twice. */}
      <p aria-hidden="true" className="text-sm text-slate-700">
        {wide.summary}
      </p>
      <table className="sr-only">
        <caption>{wide.title}</caption>
        <thead>
          <tr>
            <th scope="col">{wide.columns.date}</th>
            <th scope="col">{wide.columns.value}</th>
          </tr>
        </thead>
        <tbody>
          {wide.points.map((point, index) => (
            <tr key={index}>
              <td>{point.kind === "baseline" ? `${point.dateLabel} (starting value)` : point.dateLabel}</td>
              <td>{point.valueLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChartSvg({ chart, id, className }: { chart: Chart; id: string; className: string }) {
  const { plot } = chart;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${chart.width} ${chart.height}`} className={`h-auto w-full overflow-visible text-slate-600 ${className}`} preserveAspectRatio="xMidYMid meet">
      <title id={titleId}>{chart.title}</title>
      <desc id={descId}>{chart.summary}</desc>
      {chart.yTicks.map((tick) => (
        <g key={tick.label}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-slate-200" strokeWidth={1} />
          <text x={plot.left - 8} y={tick.y} dy="0.32em" textAnchor="end" className="fill-slate-600 text-[12px]">
            {tick.label}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-slate-400" strokeWidth={1} />
      {chart.xTicks.map((tick) => (
        <text key={`${tick.anchor}-${tick.label}`} x={tick.x} y={plot.bottom + 20} textAnchor={tick.anchor} className="fill-slate-600 text-[12px]">
          {tick.label}
        </text>
      ))}
      {chart.target ? (
        <g>
          <line x1={plot.left} x2={plot.right} y1={chart.target.y} y2={chart.target.y} className="stroke-amber-600" strokeWidth={1.5} strokeDasharray="6 4" />
          <text x={plot.right} y={chart.target.y - 6} textAnchor="end" className="fill-amber-800 text-[12px] font-semibold">
            {chart.target.label}
          </text>
        </g>
      ) : null}
      {chart.points.length > 1 ? <path d={chart.path} fill="none" className="stroke-brand-600" strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" /> : null}
      {chart.points.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r={4.5} className={point.kind === "baseline" ? "fill-white stroke-brand-600" : "fill-brand-600 stroke-white"} strokeWidth={2} />
      ))}
    </svg>
  );
}
