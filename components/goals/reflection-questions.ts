// The questions asked after a goal is achieved, in the order they are asked and shown. Names are
// the fields of AchievementFormSchema and the goal's reflection columns.
import type { GoalDto } from "@/lib/goals/goal-dto";

export type ReflectionField = "reflectionHard" | "reflectionEasy" | "reflectionHelpers" | "reflectionDifferently";
export type ReflectionAnswers = Pick<GoalDto, ReflectionField>;

export const REFLECTION_QUESTIONS: readonly { name: ReflectionField; label: string; hint: string }[] = [
  { name: "reflectionHard", label: "What was especially hard?", hint: "Optional. Knowing this helps with the next goal." },
  { name: "reflectionEasy", label: "What was easy?", hint: "Optional. What went better than you expected?" },
  { name: "reflectionHelpers", label: "Who helped you?", hint: "Optional. People, groups or resources. Maybe thank them." },
  { name: "reflectionDifferently", label: "What would you do differently next time?", hint: "Optional." },
];

/** The goal's answers to these questions and nothing else of it: what the form is sent. */
export function reflectionAnswersOf(goal: ReflectionAnswers): ReflectionAnswers {
  return Object.fromEntries(REFLECTION_QUESTIONS.map(({ name }) => [name, goal[name]])) as ReflectionAnswers;
}
