import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listGoals, type GoalListItem } from "@/lib/goals/list-goals";
import { deadlineStatus } from "@/lib/goals/progress";
import { todayIn } from "@/lib/time/calendar-date";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { GoalCard } from "@/components/goals/goal-card";

export const metadata: Metadata = { title: "Goals" };

const tabs = [
  { status: "ACTIVE", label: "Active" },
  { status: "ACHIEVED", label: "Achieved" },
  { status: "DROPPED", label: "Dropped" },
] as const;

const horizons = [
  { years: 1, title: "1-year goals", intro: "What you will reach within a year." },
  { years: 5, title: "5-year goals", intro: "Where you are heading in the next five years." },
  { years: 10, title: "10-year goals", intro: "The long view." },
] as const;

export default async function GoalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const status = tabs.find((tab) => tab.status === params.status)?.status ?? "ACTIVE";
  const page = Math.max(0, Number.parseInt(typeof params.page === "string" ? params.page : "0", 10) || 0);
  const { goals, hasMore } = await listGoals(user, { status, page });
  const today = todayIn(user.timeZone);
  const card = (goal: GoalListItem) => (
    <li key={goal.id}>
      <GoalCard goal={goal} progress={goal.progress} deadlineStatus={deadlineStatus(goal.deadline, today, goal.status !== "ACTIVE")} />
    </li>
  );

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Goals</h1>
          <p className="mt-2 text-slate-700">Each goal is private unless you share it with your buddies.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/plan" variant="secondary">
            Print all goals
          </ButtonLink>
          <ButtonLink href="/goals/new">New goal</ButtonLink>
        </div>
      </div>
      {params.deleted === "1" ? <Notice tone="success">The goal was deleted.</Notice> : null}
      <nav aria-label="Goal status">
        <ul className="flex gap-2">
          {tabs.map((tab) => (
            <li key={tab.status}>
              <Link
                href={tab.status === "ACTIVE" ? "/goals" : `/goals?status=${tab.status}`}
                aria-current={tab.status === status ? "page" : undefined}
                className="rounded-full px-4 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700"
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {goals.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="text-slate-700">{status === "ACTIVE" ? "No active goals yet." : status === "ACHIEVED" ? "Nothing achieved yet: it will come." : "No dropped goals."}</p>
          {status === "ACTIVE" ? (
            <div className="mt-4 flex justify-center gap-3">
              <ButtonLink href="/goals/new">Set your first goal</ButtonLink>
              <ButtonLink href="/reflect" variant="secondary">
                Reflect first
              </ButtonLink>
            </div>
          ) : null}
        </div>
      ) : status === "ACTIVE" ? (
        horizons.map((horizon) => {
          const inHorizon = goals.filter((goal) => goal.horizonYears === horizon.years);
          if (inHorizon.length === 0) return null;
          return (
            <section key={horizon.years} aria-labelledby={`horizon-${horizon.years}`}>
              <h2 id={`horizon-${horizon.years}`} className="text-xl font-semibold">
                {horizon.title}
              </h2>
              <p className="text-sm text-slate-600">{horizon.intro}</p>
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{inHorizon.map(card)}</ul>
            </section>
          );
        })
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{goals.map(card)}</ul>
      )}
      {page > 0 || hasMore ? (
        <nav aria-label="Pages" className="flex justify-between">
          {page > 0 ? (
            <Link href={`/goals?status=${status}&page=${page - 1}`} className="font-semibold text-brand-700 underline">
              Previous page
            </Link>
          ) : (
            <span />
          )}
          {hasMore ? (
            <Link href={`/goals?status=${status}&page=${page + 1}`} className="font-semibold text-brand-700 underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
