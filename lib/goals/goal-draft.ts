// A goal as the goal form holds it while someone writes it: every field a string, exactly as
// typed (the form's inputs are named after these keys, which are GoalFormSchema's). Pure, so the
// pages build drafts on the server and the forms analyse them in the browser.
import type { GoalCategory } from "@/lib/db/generated/enums";
import { GOAL_CATEGORY_VALUES } from "./categories";
import { findGoalExample } from "./goal-examples";
import type { GoalDto } from "./goal-dto";
import { parseHorizon } from "./horizon";
import type { SmartDraft } from "./smart";

export const GOAL_DRAFT_FIELDS = ["title", "category", "horizonYears", "specific", "measure", "baselineValue", "targetValue", "measureUnit", "attainable", "relevant", "deadline", "visibility", "reward", "feedbackStyle"] as const;

export type GoalDraftField = (typeof GOAL_DRAFT_FIELDS)[number];
export type GoalDraft = Record<GoalDraftField, string>;

/** A blank goal: private, with no horizon chosen yet (people choose it deliberately). */
export const EMPTY_GOAL_DRAFT: GoalDraft = {
  title: "",
  category: "",
  horizonYears: "",
  specific: "",
  measure: "",
  baselineValue: "",
  targetValue: "",
  measureUnit: "",
  attainable: "",
  relevant: "",
  deadline: "",
  visibility: "PRIVATE",
  reward: "",
  feedbackStyle: "",
};

// The limits of GoalFormSchema: a longer prefill is not used at all rather than cut silently.
const PREFILL_TITLE_MAX = 160;
const PREFILL_RELEVANT_MAX = 2000;

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, or undefined. */
export function searchParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

export function isGoalCategory(value: string | undefined): value is GoalCategory {
  return GOAL_CATEGORY_VALUES.includes(value as GoalCategory);
}

/**
 * The draft /goals/new starts from: an example (`example=<key>`) if one is named, then the
 * reflection prefill (`title`, `category`, `relevant`, `horizon`) on top. A value that the goal
 * form would refuse (unknown category, a horizon other than 1, 5 or 10, text over its limit) is
 * ignored, so a hand-edited link never shows an error before the person has typed anything.
 */
export function goalDraftFromSearchParams(params: SearchParams, today: string): GoalDraft {
  const example = findGoalExample(searchParam(params, "example"), today);
  const draft: GoalDraft = { ...(example?.draft ?? EMPTY_GOAL_DRAFT) };
  const title = searchParam(params, "title")?.trim();
  if (title && Array.from(title).length <= PREFILL_TITLE_MAX) draft.title = title;
  const category = searchParam(params, "category");
  if (isGoalCategory(category)) draft.category = category;
  const relevant = searchParam(params, "relevant")?.trim();
  if (relevant && Array.from(relevant).length <= PREFILL_RELEVANT_MAX) draft.relevant = relevant;
  const horizon = searchParam(params, "horizon");
  if (horizon !== undefined && parseHorizon(horizon) !== null) draft.horizonYears = horizon;
  return draft;
}

/** The query string that recreates a prefill (for links that switch between wizard and form). */
export function prefillQuery(params: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ["example", "title", "category", "relevant", "horizon"]) {
    const value = searchParam(params, name);
    if (value) query.set(name, value);
  }
  return query;
}

/** An existing goal, ready to edit. */
export function goalDraftFromGoal(goal: GoalDto): GoalDraft {
  const number = (value: number | null) => (value === null ? "" : String(value));
  return {
    title: goal.title,
    category: goal.category,
    horizonYears: String(goal.horizonYears),
    specific: goal.specific,
    measure: goal.measure,
    baselineValue: number(goal.baselineValue),
    targetValue: number(goal.targetValue),
    measureUnit: goal.measureUnit ?? "",
    attainable: goal.attainable,
    relevant: goal.relevant,
    deadline: goal.deadline,
    visibility: goal.visibility,
    reward: goal.reward ?? "",
    feedbackStyle: goal.feedbackStyle ?? "",
  };
}

/** A draft with the values a failed submission echoed back laid over it (unknown keys ignored). */
export function withEchoedValues(draft: GoalDraft, values: Record<string, string> | undefined): GoalDraft {
  if (!values) return draft;
  const merged = { ...draft };
  for (const field of GOAL_DRAFT_FIELDS) {
    const value = values[field];
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/** The target as words the SMART check reads as a quantity: "from 95000 to 120000 USD". */
export function targetPhrase(draft: Pick<GoalDraft, "baselineValue" | "targetValue" | "measureUnit">): string {
  const target = draft.targetValue.trim();
  if (!target) return "";
  const baseline = draft.baselineValue.trim();
  const unit = draft.measureUnit.trim();
  return [baseline ? `from ${baseline} to ${target}` : `to ${target}`, unit].filter(Boolean).join(" ");
}

/** What analyzeSmart judges: the title is the statement; the numbers count towards Measurable. */
export function smartDraftOf(draft: GoalDraft): SmartDraft {
  const horizon = parseHorizon(draft.horizonYears);
  return {
    statement: draft.title,
    specific: draft.specific,
    measure: [draft.measure.trim(), targetPhrase(draft)].filter(Boolean).join(": "),
    attainable: draft.attainable,
    relevant: draft.relevant,
    deadline: draft.deadline,
    ...(horizon === null ? {} : { horizonYears: horizon }),
  };
}
