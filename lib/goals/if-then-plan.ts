// If-then plans ("implementation intentions": if situation X, then I do Y). A plan works when it
// names a situation the person will notice and an action they can start, so the step form checks
// for that shape and explains, kindly and specifically, what is missing. Pure and free of zod:
// the step form runs it in the browser as guidance, the step schema on the server.

export const IF_THEN_LIMITS = { obstacle: 1000, ifThenPlan: 1000 } as const;

export const IF_THEN_EXAMPLES = ["If it is Monday 8:30 and I open my laptop, then I write the promotion case for 25 minutes.", "When my last meeting on Thursday ends, then I send one message to someone in my network.", "If I feel like skipping the course after dinner, then I watch just one lesson."] as const;

// "If …, then …", "When …, …", "As soon as …, I …": an opening word for the situation, then the action.
const OPENING = /^\s*(?:if|when|whenever|once|after|as soon as|every time|each time)\b/i;
const SPLIT = /^(?<situation>.*?)(?:,?\s+then\b|,)(?<action>.*)$/is;

const words = (text: string) => text.match(/\p{L}[\p{L}\p{N}'’-]*|\d+(?:[:.]\d+)?/gu) ?? [];

/**
 * What the plan still needs, in a sentence written for the person, or null when it names a
 * situation and an action (or is empty: a plan is optional).
 */
export function ifThenPlanProblem(plan: string): string | null {
  const text = plan.trim();
  if (text === "") return null;
  if (!OPENING.test(text)) {
    return "Start with the moment it happens: “If …” or “When …”, then what you will do. For example: “If it is Monday 8:30 and I open my laptop, then I write the promotion case for 25 minutes.”";
  }
  const parts = SPLIT.exec(text.replace(OPENING, ""))?.groups;
  if (!parts) return "Add what you will do after “then”, like “… then I write for 25 minutes.”";
  const situation = words(parts.situation ?? "");
  const action = words(parts.action ?? "");
  if (situation.length < 2) return "Describe the moment a little more: a time, a place or something that happens (“If it is Monday 8:30 …”), so you will recognise it.";
  if (action.length < 2) return "Say what you will do, with a verb and something concrete: “… then I write for 25 minutes.”";
  return null;
}

export type Cue = { weekday: number | null; minute: number | null };

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** 1 (Monday) … 7 (Sunday) from "Monday", "mon", "Mondays"; the first one named. */
function weekdayIn(text: string): number | null {
  const match = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|sday|urday)?s?\b/i.exec(text);
  if (!match?.[1]) return null;
  const prefix = match[1].toLowerCase().slice(0, 3);
  const index = WEEKDAYS.findIndex((day) => day.startsWith(prefix));
  return index < 0 ? null : index + 1;
}

/** Minutes after midnight from "8:30", "08.30", "8am", "8:30 pm", "20:00", "noon"; the first one named. */
function minuteIn(text: string): number | null {
  if (/\bnoon\b/i.test(text)) return 12 * 60;
  for (const found of text.matchAll(/\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\W|$)/gi)) {
    const [, hourText = "", minuteText, meridiemText] = found;
    const meridiem = meridiemText?.toLowerCase().replace(/\./g, "");
    // A bare number ("25 minutes") is not a time: a time has minutes or am/pm.
    if (minuteText === undefined && !meridiem) continue;
    let hour = Number(hourText);
    const minute = minuteText === undefined ? 0 : Number(minuteText);
    if (minute > 59 || hour > 23 || (meridiem && (hour < 1 || hour > 12))) continue;
    if (meridiem === "pm" && hour < 12) hour += 12;
    if (meridiem === "am" && hour === 12) hour = 0;
    return hour * 60 + minute;
  }
  return null;
}

/** The weekday and time of day a plan names, to pre-fill its cue. */
export function cueFromPlan(plan: string): Cue {
  return { weekday: weekdayIn(plan), minute: minuteIn(plan) };
}

/** "08:30" for an `<input type="time">`. */
export function minuteToTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** "Mondays at 08:30", "Mondays", "at 08:30", or "" without a cue. */
export function describeCue(cue: Cue): string {
  const day = cue.weekday ? `${WEEKDAY_NAMES[cue.weekday - 1]}s` : "";
  const time = cue.minute !== null ? `at ${minuteToTime(cue.minute)}` : "";
  return [day, time].filter(Boolean).join(" ");
}
