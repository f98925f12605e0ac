// What is still short when a goal is marked achieved: open steps, or a measure below its target.
// The achieve form asks once ("2 of 3 steps are still open: mark achieved anyway?") instead of
// refusing: the owner may know better than the numbers, but should choose knowingly.
import { goalProgress } from "./progress";
import { formatNumber } from "./progress-chart";

export type ShortfallInput = {
  microGoals: { doneAt: Date | null }[];
  targetValue: number | null;
  currentValue: number | null;
  baselineValue: number | null;
  measureUnit: string | null;
};

export type AchievementShortfall = { openSteps: number; totalSteps: number; question: string };

/** Null when nothing is short; otherwise the counts and the question to ask. */
export function achievementShortfall(goal: ShortfallInput): AchievementShortfall | null {
  const totalSteps = goal.microGoals.length;
  const openSteps = goal.microGoals.filter((step) => step.doneAt === null).length;
  const measured = goalProgress({ microGoals: [], targetValue: goal.targetValue, currentValue: goal.currentValue, baselineValue: goal.baselineValue });
  const measureShort = measured.basis === "measure" && measured.percent < 100;
  const parts: string[] = [];
  if (openSteps > 0) parts.push(`${openSteps} of ${totalSteps} ${totalSteps === 1 ? "step is" : "steps are"} still open`);
  if (measureShort && goal.targetValue !== null && goal.currentValue !== null) {
    const unit = goal.measureUnit?.trim() ? ` ${goal.measureUnit.trim()}` : "";
    parts.push(`the measure is at ${formatNumber(goal.currentValue)}${unit} of ${formatNumber(goal.targetValue)}${unit} (${measured.percent}%)`);
  }
  if (parts.length === 0) return null;
  const sentence = parts.join(" and ");
  return { openSteps, totalSteps, question: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: mark achieved anyway?` };
}
