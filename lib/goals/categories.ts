import type { GoalCategory } from "@/lib/db/generated/enums";

export type { GoalCategory };

export const GOAL_CATEGORIES: readonly { value: GoalCategory; label: string }[] = [
  { value: "EARNINGS", label: "Increase earnings" },
  { value: "KNOWLEDGE", label: "Knowledge and training" },
  { value: "IMPACT", label: "Make a difference in my field" },
  { value: "LEADERSHIP", label: "Power and responsibility" },
  { value: "EXPERIENCES", label: "New experiences and relationships" },
  { value: "OTHER", label: "Other" },
];

export const GOAL_CATEGORY_VALUES = GOAL_CATEGORIES.map((category) => category.value) as [GoalCategory, ...GoalCategory[]];

export function categoryLabel(category: GoalCategory): string {
  return GOAL_CATEGORIES.find((entry) => entry.value === category)?.label ?? "Other";
}
