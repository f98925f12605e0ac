import { categoryLabel, type GoalCategory } from "@/lib/goals/categories";

export function CategoryLabel({ category }: { category: GoalCategory }) {
  return <span className="text-xs font-semibold uppercase tracking-wide text-brand-700">{categoryLabel(category)}</span>;
}
