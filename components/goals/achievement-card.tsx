import Link from "next/link";
import type { GoalDto } from "@/lib/goals/goal-dto";
import type { CongratulationDto } from "@/lib/buddies/achievement-news";
import { formatDayMonthYear } from "@/lib/time/format";
import { CategoryLabel } from "./category-label";
import { GiftIcon } from "./icons";
import { REFLECTION_QUESTIONS } from "./reflection-questions";

/** One achieved goal on the achievements page: when, the reward, and the reflection. */
export function AchievementCard({ goal, timeZone, highlighted, congratulations = [] }: { goal: GoalDto; timeZone: string; highlighted: boolean; congratulations?: CongratulationDto[] }) {
  const answered = REFLECTION_QUESTIONS.filter((question) => goal[question.name]);
  const headingId = `achievement-${goal.id}-title`;
  return (
    <article id={`goal-${goal.id}`} aria-labelledby={headingId} className={`scroll-mt-6 rounded-2xl border bg-white p-6 shadow-sm ${highlighted ? "border-amber-400 ring-2 ring-amber-300" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CategoryLabel category={goal.category} />
        {highlighted ? <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">Just achieved</span> : null}
      </div>
      <h2 id={headingId} className="mt-1 text-xl font-semibold leading-snug">
        <Link href={`/goals/${goal.id}`} className="hover:underline">
          {goal.title}
        </Link>
      </h2>
      {goal.achievedAt ? (
        <p className="mt-1 text-sm text-slate-600">
          Achieved on <time dateTime={goal.achievedAt.toISOString()}>{formatDayMonthYear(goal.achievedAt, timeZone)}</time>
        </p>
      ) : null}
      {goal.reward ? (
        <p className="mt-3 inline-flex items-center gap-2 text-sm text-slate-800">
          <GiftIcon className="h-4 w-4 shrink-0 text-amber-700" />
          <span>
            <span className="font-semibold">Reward:</span> {goal.reward}
          </span>
        </p>
      ) : null}
      {answered.length > 0 ? (
        <dl className="mt-4 space-y-3">
          {answered.map((question) => (
            <div key={question.name}>
              <dt className="text-sm font-semibold text-slate-900">{question.label}</dt>
              <dd className="mt-0.5 whitespace-pre-line leading-relaxed text-slate-700">{goal[question.name]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-4 text-sm text-slate-600">No reflection written yet.</p>
      )}
      {congratulations.length > 0 ? (
        <section aria-labelledby={`${headingId}-congratulations`} className="mt-4 rounded-xl bg-amber-50 p-4">
          <h3 id={`${headingId}-congratulations`} className="text-sm font-semibold text-amber-950">
            From your buddies
          </h3>
          <ul className="mt-2 space-y-2">
            {congratulations.map((entry) => (
              <li key={entry.id} id={`congratulation-${entry.id}`} className="scroll-mt-6 rounded-lg text-sm text-slate-800 target:ring-2 target:ring-amber-400">
                {entry.kind === "CHEER" ? (
                  <span>
                    <span aria-hidden="true">🎉 </span>
                    <strong className="font-semibold">{entry.authorName}</strong> cheered
                  </span>
                ) : (
                  <span>
                    <strong className="font-semibold">{entry.authorName}:</strong> <span className="whitespace-pre-line">{entry.body}</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={`/goals/${goal.id}/achieve#celebrate`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
          Celebrate with your buddies
          <span className="sr-only"> ({goal.title})</span>
        </Link>
        <Link href={`/goals/${goal.id}/achieve`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
          {answered.length > 0 ? "Edit your reflection" : "Write your reflection"}
          <span className="sr-only"> on {goal.title}</span>
        </Link>
      </p>
    </article>
  );
}
