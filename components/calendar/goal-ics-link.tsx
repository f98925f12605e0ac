// A one-click download of a goal's deadline and its undone, dated steps (GET /api/goals/<id>/ics).
// Only the goal's owner gets a file; place it on the owner's goal page.
export function GoalIcsLink({ goalId, className = "" }: { goalId: string; className?: string }) {
  return (
    <a href={`/api/goals/${encodeURIComponent(goalId)}/ics`} download className={`font-semibold text-brand-700 underline ${className}`}>
      Add deadlines to my calendar (.ics)
    </a>
  );
}
