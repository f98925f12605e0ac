// The one rule for how far a goal's deadline may lie on its horizon, used by the goal schema
// (which refuses), the SMART check (which explains) and the hint beside the deadline field.
// A horizon is approximate: "a 1-year goal" due in 13 months is still a 1-year goal. Each
// horizon allows some slack before the next one would describe the goal better.
import { addMonths } from "@/lib/time/calendar-math";

export const HORIZONS = [1, 5, 10] as const;
export type Horizon = (typeof HORIZONS)[number];

export function isHorizon(value: unknown): value is Horizon {
  return HORIZONS.includes(value as Horizon);
}

/** The horizon a form value or a number names exactly ("5" or 5), or null when it names none. */
export function parseHorizon(value: string | number): Horizon | null {
  return HORIZONS.find((horizon) => horizon === value || String(horizon) === value) ?? null;
}

/** A stored horizon (an Int column), checked rather than cast: anything else is a broken row, not a person's mistake. */
export function storedHorizon(value: number): Horizon {
  const horizon = parseHorizon(value);
  if (horizon === null) throw new Error(`A goal's horizon must be 1, 5 or 10 years, not ${value}.`);
  return horizon;
}

/** "1 year", "5 years": a horizon's length, as the form and the dashboard name it. */
export const HORIZON_LABELS: Record<Horizon, string> = { 1: "1 year", 5: "5 years", 10: "10 years" };

/** "5-year goal". */
export function horizonGoalLabel(horizon: Horizon): string {
  return `${horizon}-year goal`;
}

/** How many months ahead a goal on each horizon may be due. */
export const HORIZON_MONTHS: Record<Horizon, number> = { 1: 18, 5: 72, 10: 144 };

const HORIZON_REACH_TEXT: Record<Horizon, string> = { 1: "18 months", 5: "6 years", 10: "12 years" };

/** The last deadline a goal on `horizon` may have, counted from `today`. */
export function horizonLimit(today: string, horizon: Horizon): string {
  return addMonths(today, HORIZON_MONTHS[horizon]);
}

export function isWithinHorizon(deadline: string, today: string, horizon: Horizon): boolean {
  return deadline <= horizonLimit(today, horizon);
}

/** The rule in words, shown beside the horizon choice. */
export const HORIZON_RULE_TEXT = `A horizon is approximate: a 1-year goal can be due within ${HORIZON_REACH_TEXT[1]}, a 5-year goal within ${HORIZON_REACH_TEXT[5]}, a 10-year goal within ${HORIZON_REACH_TEXT[10]}.`;

/** Why a date (`subject`: the deadline, or the phrase that implies it) does not fit the horizon, and what to do. */
export function beyondHorizonMessage(subject: string, today: string, horizon: Horizon): string {
  const advice = horizon === 10 ? "bring the deadline forward or break the goal into stages" : "bring the deadline forward or choose a longer horizon";
  return `${subject} is beyond a ${horizon}-year goal's reach (up to ${HORIZON_REACH_TEXT[horizon]}, so by ${horizonLimit(today, horizon)}): ${advice}.`;
}
