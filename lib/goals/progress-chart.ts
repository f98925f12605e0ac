// The geometry and words of a goal's progress-over-time chart, computed from its check-ins so
// the component only draws. Pure: no I/O, no React, dates shown in the reader's time zone.
//
// What is plotted:
// - "value": when the goal has a numeric target and at least one check-in recorded a current
//   value, those values over time, starting from the baseline (at the goal's creation) when it
//   has one, with the target as a dashed line.
// - "count": otherwise, the running number of check-ins over time. Past progress percentages
//   are not stored (a percentage from steps changes whenever a step is added or removed), so
//   drawing them would invent history; the check-in count is true and shows the habit the buddy
//   system is built on.
// Times are real instants on a linear time axis; y ticks are "nice" numbers (1, 2, 2.5, 5 × 10ⁿ).
import { dateTimeFormat } from "@/lib/time/date-time-format";

export type ChartCheckIn = { createdAt: Date; progressValue: number | null };
export type ChartGoal = { createdAt: Date; baselineValue: number | null; targetValue: number | null; measureUnit: string | null };
export type ChartOptions = {
  timeZone: string;
  width?: number;
  height?: number;
  /** True when older check-ins exist that are not among those given. */
  partial?: boolean;
};

export type ChartPoint = {
  x: number;
  y: number;
  at: Date;
  value: number;
  /** "3 Jan 2027" in the reader's time zone. */
  dateLabel: string;
  /** "80,000 USD", or "3" in count mode. */
  valueLabel: string;
  kind: "baseline" | "check-in";
};

export type ProgressChart = {
  mode: "value" | "count";
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: ChartPoint[];
  /** SVG path data through the points in time order. */
  path: string;
  xTicks: { x: number; label: string; anchor: "start" | "middle" | "end" }[];
  yTicks: { y: number; label: string }[];
  target: { y: number; label: string } | null;
  title: string;
  /** One or two sentences that say what the chart shows, for its <desc>. */
  summary: string;
  /** Headers of the alternative data table. */
  columns: { date: string; value: string };
};

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 240;
const PAD = { top: 16, right: 20, bottom: 32 };
/** Rough width of one tick-label character at the chart's font size, to fit the y labels. */
const CHAR_WIDTH = 7;

export function buildProgressChart(goal: ChartGoal, checkIns: readonly ChartCheckIn[], options: ChartOptions): ProgressChart | null {
  const ordered = [...checkIns].filter((checkIn) => !Number.isNaN(checkIn.createdAt.getTime())).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const target = goal.targetValue !== null && Number.isFinite(goal.targetValue) ? goal.targetValue : null;
  const measured = ordered.filter((checkIn): checkIn is { createdAt: Date; progressValue: number } => checkIn.progressValue !== null && Number.isFinite(checkIn.progressValue));

  if (target !== null && measured.length > 0) return valueChart(goal, target, measured, options);
  if (ordered.length > 0) return countChart(ordered, options);
  return null;
}

type Series = { at: Date; value: number; kind: ChartPoint["kind"] }[];

function valueChart(goal: ChartGoal, target: number, measured: { createdAt: Date; progressValue: number }[], options: ChartOptions): ProgressChart {
  const unit = goal.measureUnit?.trim() ?? "";
  const series: Series = measured.map((checkIn) => ({ at: checkIn.createdAt, value: checkIn.progressValue, kind: "check-in" }));
  const first = series[0] as Series[number];
  // The baseline is where the goal started, so it only leads the line when it came first; on a
  // partial history it would join a months-old value to the latest page, so it is left out.
  if (!options.partial && goal.baselineValue !== null && Number.isFinite(goal.baselineValue) && goal.createdAt.getTime() <= first.at.getTime()) {
    series.unshift({ at: goal.createdAt, value: goal.baselineValue, kind: "baseline" });
  }
  const values = [...series.map((point) => point.value), target];
  const scale = valueScale(Math.min(...values), Math.max(...values), false);
  const withUnit = (value: number) => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));
  const chart = layout(series, scale, withUnit, options);
  const targetY = chart.yOf(target);
  return {
    ...chart.shape,
    mode: "value",
    target: { y: targetY, label: `Target ${withUnit(target)}` },
    title: "Current value over time",
    summary: `${valueSentence(series, unit, options.timeZone)} Target: ${withUnit(target)}.${options.partial ? " Only the latest check-ins are shown." : ""}`,
    columns: { date: "Date", value: unit ? `Value (${unit})` : "Value" },
  };
}

function countChart(ordered: ChartCheckIn[], options: ChartOptions): ProgressChart {
  const series: Series = ordered.map((checkIn, index) => ({ at: checkIn.createdAt, value: index + 1, kind: "check-in" }));
  const scale = valueScale(0, series.length, true);
  const chart = layout(series, scale, formatNumber, options);
  const count = series.length;
  const range = dateRange(series, options.timeZone);
  const what = options.partial ? `The latest ${count} check-in${count === 1 ? "" : "s"}` : `${count} check-in${count === 1 ? "" : "s"}`;
  return {
    ...chart.shape,
    mode: "count",
    target: null,
    title: "Check-ins over time",
    summary: `${what} ${range}.`,
    columns: { date: "Date", value: options.partial ? "Check-ins in this period" : "Check-ins so far" },
  };
}

/** "Current value rose from 80,000 to 100,000 USD between 3 Jan and 10 Mar 2027." */
function valueSentence(series: Series, unit: string, timeZone: string): string {
  const first = series[0] as Series[number];
  const last = series[series.length - 1] as Series[number];
  const suffix = unit ? ` ${unit}` : "";
  const range = dateRange(series, timeZone);
  if (series.length === 1) return `Current value was ${formatNumber(first.value)}${suffix} ${range}.`;
  if (last.value === first.value) return `Current value stayed at ${formatNumber(first.value)}${suffix} ${range}.`;
  const verb = last.value > first.value ? "rose" : "fell";
  return `Current value ${verb} from ${formatNumber(first.value)} to ${formatNumber(last.value)}${suffix} ${range}.`;
}

/** "on 10 Mar 2027", "between 3 Jan and 10 Mar 2027", "between 3 Dec 2026 and 10 Mar 2027". */
function dateRange(series: Series, timeZone: string): string {
  const first = calendarParts((series[0] as Series[number]).at, timeZone);
  const last = calendarParts((series[series.length - 1] as Series[number]).at, timeZone);
  const full = (parts: DateParts) => `${parts.day} ${parts.month} ${parts.year}`;
  if (full(first) === full(last)) return `on ${full(last)}`;
  const start = first.year === last.year ? `${first.day} ${first.month}` : full(first);
  return `between ${start} and ${full(last)}`;
}

type Scale = { min: number; max: number; ticks: number[] };

/** A domain that starts and ends on nice tick values and contains [low, high]. */
export function valueScale(low: number, high: number, integer: boolean): Scale {
  let lo = low;
  let hi = high;
  if (hi - lo === 0) {
    const pad = integer ? 1 : Math.abs(lo) * 0.1 || 1;
    hi += pad;
    if (!integer || lo > 0) lo -= pad;
  }
  const step = niceStep((hi - lo) / 4, integer);
  const min = clean(Math.floor(lo / step) * step);
  const max = clean(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let index = 0; ; index += 1) {
    const tick = clean(min + index * step);
    if (tick > max + step / 1e6) break;
    ticks.push(tick);
  }
  return { min, max, ticks };
}

function niceStep(rough: number, integer: boolean): number {
  const base = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / base;
  const candidates = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const nice = (candidates.find((candidate) => fraction <= candidate + 1e-9) ?? 10) * base;
  return integer ? Math.max(1, Math.round(nice)) : nice;
}

/** Removes float noise from computed ticks (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function layout(series: Series, scale: Scale, formatValue: (value: number) => string, options: ChartOptions) {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const yLabels = scale.ticks.map((tick) => formatNumber(tick));
  const left = Math.max(40, Math.max(...yLabels.map((label) => label.length)) * CHAR_WIDTH + 16);
  const plot = { left, top: PAD.top, right: width - PAD.right, bottom: height - PAD.bottom };
  const start = (series[0] as Series[number]).at.getTime();
  const end = (series[series.length - 1] as Series[number]).at.getTime();
  const xOf = (at: Date) => (end === start ? (plot.left + plot.right) / 2 : plot.left + ((at.getTime() - start) / (end - start)) * (plot.right - plot.left));
  const yOf = (value: number) => round(plot.bottom - ((value - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top));

  const points: ChartPoint[] = series.map((point) => ({
    x: round(xOf(point.at)),
    y: yOf(point.value),
    at: point.at,
    value: point.value,
    dateLabel: formatDay(point.at, options.timeZone),
    valueLabel: formatValue(point.value),
    kind: point.kind,
  }));
  const path = points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x} ${point.y}`).join(" ");
  const firstLabel = (points[0] as ChartPoint).dateLabel;
  const lastLabel = (points[points.length - 1] as ChartPoint).dateLabel;
  const xTicks: ProgressChart["xTicks"] =
    firstLabel === lastLabel
      ? [{ x: round((plot.left + plot.right) / 2), label: lastLabel, anchor: "middle" }]
      : [
          { x: plot.left, label: firstLabel, anchor: "start" },
          { x: plot.right, label: lastLabel, anchor: "end" },
        ];
  const yTicks = scale.ticks.map((tick, index) => ({ y: yOf(tick), label: yLabels[index] as string }));
  return { yOf, shape: { width, height, plot, points, path, xTicks, yTicks } };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

type DateParts = { day: string; month: string; year: string };

// Built from parts so months read the same on every ICU version ("Sep", never "Sept").
function calendarParts(date: Date, timeZone: string): DateParts {
  const parts = dateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return { day: part("day"), month: part("month"), year: part("year") };
}

function formatDay(date: Date, timeZone: string): string {
  const parts = calendarParts(date, timeZone);
  return `${parts.day} ${parts.month} ${parts.year}`;
}
