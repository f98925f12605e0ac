import { ButtonLink } from "@/components/ui/button";
import { reflectStepHref, type ReflectStep } from "@/lib/reflections/reflect-steps";

/** Previous and next links at the foot of a Reflect step: each opens its step at the section, past the introduction. */
export function ReflectStepPager({ previous, next }: { previous?: ReflectStep; next?: ReflectStep }) {
  return (
    <nav aria-label="Previous and next section" className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-6 sm:flex-row sm:items-center">
      {previous ? (
        <ButtonLink href={reflectStepHref(previous.key, { toSection: true })} variant="secondary">
          <span aria-hidden="true">←</span> Previous: {previous.title}
        </ButtonLink>
      ) : null}
      {next ? (
        <ButtonLink href={reflectStepHref(next.key, { toSection: true })} className="sm:ml-auto">
          Next: {next.title} <span aria-hidden="true">→</span>
        </ButtonLink>
      ) : null}
    </nav>
  );
}
