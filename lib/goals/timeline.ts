// Geometry of the timeline: goals and their steps on one time axis from today to ten years
// out. The axis is piecewise linear (the first year gets 40% of the width, years 1-5 get 35%,
// years 5-10 the rest) so near-term steps stay readable next to 10-year goals.
import { addYears, daysBetween } from "@/lib/time/calendar-math";
import type { Horizon } from "./horizon";

export type TimelineGoalInput = {
  id: string;
  title: string;
  horizonYears: Horizon;
  deadline: string;
  microGoals: { id: string; title: string; deadline: string | null; done: boolean }[];
};

export type TimelineLayout = {
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  bands: { horizonYears: Horizon; y: number; height: number; label: string }[];
  rows: {
    goalId: string;
    title: string;
    horizonYears: Horizon;
    y: number;
    deadline: string;
    x: number;
    overdue: boolean;
    beyondAxis: boolean;
    /** Where the title goes: right of the marker, or left of it (right-aligned) near the end of the axis. */
    label: { x: number; anchor: "start" | "end" };
    steps: { id: string; title: string; deadline: string; x: number; done: boolean }[];
  }[];
};

const SEGMENTS = [
  { years: 1, share: 0.4 },
  { years: 5, share: 0.35 },
  { years: 10, share: 0.25 },
] as const;

export const TIMELINE = { width: 960, left: 16, right: 16, top: 36, rowHeight: 34, bandGap: 28 } as const;

// Average advance of a 13px Inter character: enough to decide which side a label fits on.
const CHARACTER_WIDTH = 7;
const LABEL_GAP = 14;
export const MAX_LABEL_CHARACTERS = 48;

function labelPlacement(markerX: number, title: string): { x: number; anchor: "start" | "end" } {
  const width = Math.min(title.length, MAX_LABEL_CHARACTERS) * CHARACTER_WIDTH;
  const fitsRight = markerX + LABEL_GAP + width <= TIMELINE.width - TIMELINE.right;
  return fitsRight ? { x: markerX + LABEL_GAP, anchor: "start" } : { x: markerX - LABEL_GAP, anchor: "end" };
}

/** x position of a date on the axis; dates before today clamp to the start, after ten years to the end. */
export function timelineX(date: string, today: string, width: number = TIMELINE.width): number {
  const usable = width - TIMELINE.left - TIMELINE.right;
  const days = daysBetween(today, date);
  if (days <= 0) return TIMELINE.left;
  let start = 0;
  let offset = 0;
  for (const segment of SEGMENTS) {
    const segmentEnd = daysBetween(today, addYears(today, segment.years));
    if (days <= segmentEnd) return TIMELINE.left + usable * (offset + ((days - start) / (segmentEnd - start)) * segment.share);
    start = segmentEnd;
    offset += segment.share;
  }
  return TIMELINE.left + usable;
}

export function layoutTimeline(goals: TimelineGoalInput[], today: string): TimelineLayout {
  const ticks = [0, 1, 2, 5, 10].map((years) => ({ x: timelineX(addYears(today, years), today), label: years === 0 ? "Today" : `${years} yr` }));
  const rows: TimelineLayout["rows"] = [];
  const bands: TimelineLayout["bands"] = [];
  let y = TIMELINE.top;
  for (const horizon of [1, 5, 10] as const) {
    const inBand = goals.filter((goal) => goal.horizonYears === horizon).sort((a, b) => a.deadline.localeCompare(b.deadline));
    if (inBand.length === 0) continue;
    const bandTop = y;
    y += 22;
    for (const goal of inBand) {
      const x = timelineX(goal.deadline, today);
      rows.push({
        goalId: goal.id,
        title: goal.title,
        horizonYears: horizon,
        y: y + TIMELINE.rowHeight / 2,
        deadline: goal.deadline,
        x,
        label: labelPlacement(x, goal.title),
        overdue: goal.deadline < today,
        beyondAxis: daysBetween(addYears(today, 10), goal.deadline) > 0,
        steps: goal.microGoals.filter((step): step is typeof step & { deadline: string } => step.deadline !== null).map((step) => ({ id: step.id, title: step.title, deadline: step.deadline, done: step.done, x: timelineX(step.deadline, today) })),
      });
      y += TIMELINE.rowHeight;
    }
    bands.push({ horizonYears: horizon, y: bandTop, height: y - bandTop, label: `${horizon}-year goals` });
    y += TIMELINE.bandGap;
  }
  return { width: TIMELINE.width, height: Math.max(y, TIMELINE.top + 40), axisY: TIMELINE.top - 14, ticks, bands, rows };
}
