// Maps a validated goal form to the columns it writes.
import { toDbDate } from "@/lib/time/calendar-date";
import type { GoalFormInput } from "./schemas";

export function goalColumns(input: GoalFormInput) {
  return {
    title: input.title,
    category: input.category,
    horizonYears: input.horizonYears,
    specific: input.specific,
    measure: input.measure,
    baselineValue: input.baselineValue,
    targetValue: input.targetValue,
    measureUnit: input.measureUnit || null,
    attainable: input.attainable,
    relevant: input.relevant,
    deadline: toDbDate(input.deadline),
    visibility: input.visibility,
    reward: input.reward || null,
    feedbackStyle: input.feedbackStyle,
  };
}
