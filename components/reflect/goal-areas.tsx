import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export type GoalAreaLink = { category: string; label: string; description: string; exampleGoal: string; href: string };

/** The general goal areas, each a way into the goal form with its category chosen. */
export function GoalAreas({ areas }: { areas: GoalAreaLink[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {areas.map((area) => (
        <li key={area.category}>
          <Card className="flex h-full flex-col gap-2">
            <h3 className="text-lg font-semibold">{area.label}</h3>
            <p className="text-slate-700">{area.description}</p>
            <p className="text-sm text-slate-600">
              For example: <q>{area.exampleGoal}</q>
            </p>
            <div className="mt-auto pt-2">
              <ButtonLink href={area.href} variant="secondary" aria-label={`Start a goal in this area: ${area.label}`}>
                Start a goal in this area
              </ButtonLink>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
