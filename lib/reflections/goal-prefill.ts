// "Turn this into a goal": the link from a reflection answer to a pre-filled goal form. The goal
// form (/goals/new) reads `title`, `category`, `relevant` and `horizon` from its query string.
import type { GoalCategory } from "@/lib/db/generated/enums";
import { findPrompt, type PromptKey } from "./prompts";
import type { Horizon } from "@/lib/goals/horizon";

export const PREFILL_TITLE_MAX = 120;
export const PREFILL_RELEVANT_MAX = 500;

/** Goals have 1, 5 or 10-year horizons; a longer vision is worked towards on the 10-year one. */
export function goalHorizonFor(years: number): Horizon {
  if (years >= 10) return 10;
  if (years >= 5) return 5;
  return 1;
}

/**
 * Shortens text to at most `max` characters (code points, so an emoji is never split), cutting
 * at the last word boundary that fits and ending with an ellipsis. A single word longer than
 * the limit is cut mid-word rather than dropped.
 */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join("");
  // When the text breaks right after `room`, its last word is whole and stays.
  const endsOnBoundary = /\s/.test(chars[max - 1] ?? "");
  const boundary = room.search(/\s+\S*$/);
  const cut = endsOnBoundary || boundary <= 0 ? room : room.slice(0, boundary);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, "")}…`;
}

/** The first sentence (or first line) of an answer, on one line, without a closing full stop. */
export function firstSentence(answer: string): string {
  const firstLine = answer.trim().split(/\n/, 1)[0] ?? "";
  const sentence = firstLine.split(/(?<=[.!?])\s+/, 1)[0] ?? "";
  return sentence.replace(/\s+/g, " ").replace(/\.+$/, "").trim();
}

/** The /goals/new link pre-filled from a reflection answer. */
export function goalPrefillFromReflection(promptKey: PromptKey, answer: string): string {
  const prompt = findPrompt(promptKey);
  if (!prompt) throw new Error(`Unknown reflection prompt: ${promptKey}`);
  const params = new URLSearchParams({
    title: truncateAtWord(firstSentence(answer), PREFILL_TITLE_MAX),
    relevant: truncateAtWord(`Reflection — ${prompt.question}: ${answer.trim()}`, PREFILL_RELEVANT_MAX),
  });
  if (prompt.horizonYears) params.set("horizon", String(goalHorizonFor(prompt.horizonYears)));
  return `/goals/new?${params.toString()}`;
}

/** The /goals/new link for a goal area offered as a starting point. */
export function goalPrefillForArea(category: GoalCategory): string {
  return `/goals/new?${new URLSearchParams({ category }).toString()}`;
}
