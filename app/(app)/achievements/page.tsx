import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listGoals } from "@/lib/goals/list-goals";
import { IdSchema } from "@/lib/goals/schemas";
import { ButtonLink } from "@/components/ui/button";
import { Celebration } from "@/components/goals/celebration";
import { AchievementCard } from "@/components/goals/achievement-card";
import { congratulationsOnGoals } from "@/lib/buddies/achievement-news";

export const metadata: Metadata = { title: "Achievements" };

const pageHref = (page: number) => (page === 0 ? "/achievements" : `/achievements?page=${page}`);

export default async function AchievementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const page = Math.max(0, Number.parseInt(typeof params.page === "string" ? params.page : "0", 10) || 0);
  const highlight = IdSchema.safeParse(params.goal).success ? (params.goal as string) : null;
  const { goals, hasMore } = await listGoals(user, { status: "ACHIEVED", page });
  const justAchieved = highlight ? goals.find((goal) => goal.id === highlight) : undefined;
  const congratulations = await congratulationsOnGoals(
    user,
    goals.map((goal) => goal.id),
  );

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Achievements</h1>
        <p className="text-slate-700">Every goal you reached, newest first, with what you learned on the way.</p>
      </div>

      {justAchieved ? (
        <Celebration headingLevel="h2" title={justAchieved.title} reward={justAchieved.reward || null}>
          <p role="status" className="relative mt-5 text-slate-700">
            Congratulations on reaching your goal! Your reflection is saved below.
          </p>
          <p className="relative mt-3 flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
            <Link href={`/goals/${justAchieved.id}/achieve#celebrate`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Celebrate with your buddies
            </Link>
            <Link href="/goals/new" className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Set your next goal
            </Link>
          </p>
        </Celebration>
      ) : null}

      {goals.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
          <h2 className="text-lg font-semibold">{page === 0 ? "No achievements yet" : "No more achievements"}</h2>
          <p className="mt-1 text-slate-700">{page === 0 ? "When you reach a goal, mark it as achieved on its page and it will be celebrated here." : "You have reached the end of the list."}</p>
          <div className="mt-5">
            <ButtonLink href={page === 0 ? "/goals" : "/achievements"} variant="secondary">
              {page === 0 ? "Go to your goals" : "Back to the newest"}
            </ButtonLink>
          </div>
        </div>
      ) : (
        <ol className="space-y-5" aria-label="Achieved goals, newest first">
          {goals.map((goal) => (
            <li key={goal.id}>
              <AchievementCard goal={goal} timeZone={user.timeZone} highlighted={goal.id === highlight} congratulations={congratulations.get(goal.id) ?? []} />
            </li>
          ))}
        </ol>
      )}

      {page > 0 || hasMore ? (
        <nav aria-label="Achievement pages" className="flex flex-wrap justify-between gap-4 text-sm font-semibold">
          {page > 0 ? (
            <Link href={pageHref(page - 1)} className="text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Newer achievements
            </Link>
          ) : (
            <span />
          )}
          {hasMore ? (
            <Link href={pageHref(page + 1)} className="text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Older achievements
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
