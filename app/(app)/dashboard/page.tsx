import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { DUE_LISTS, getDashboard, type DueList, type DueListKey } from "@/lib/goals/dashboard";
import { listPairings } from "@/lib/buddies/pairings";
import { getBuddySide } from "@/lib/buddies/buddy-side";
import { BuddySide } from "@/components/buddies/buddy-side";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { GoalCard } from "@/components/goals/goal-card";
import { DeadlineBadge } from "@/components/goals/deadline-badge";

export const metadata: Metadata = { title: "Dashboard" };

const steps = [
  { title: "Reflect", text: "Answer a few guided questions about what career success means to you.", href: "/reflect" },
  { title: "Set a SMART goal", text: "Turn a wish into a goal that is specific, measurable, attainable, relevant and dated.", href: "/goals/new" },
  { title: "Break it down", text: "Split the goal into micro-goals with an action plan and a deadline.", href: "/goals" },
];

const dueLists: { key: DueListKey; title: string; empty: string }[] = [
  { key: "overdue", title: "Overdue", empty: "Nothing overdue." },
  { key: "due-this-week", title: "Due this week", empty: "Nothing due in the next 7 days." },
  { key: "due-this-month", title: "Due this month", empty: "Nothing else due this month." },
];

/** How many goal cards each horizon shows; the rest are one link away on /goals. */
const GOALS_PER_HORIZON = 6;

function DueListSection({ listKey, title, list, empty, expanded }: { listKey: DueListKey; title: string; list: DueList; empty: string; expanded: boolean }) {
  const more = list.total - list.items.length;
  return (
    <section aria-labelledby={`due-${listKey}`} id={`due-${listKey}-list`} className="scroll-mt-6">
      <h2 id={`due-${listKey}`} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-600">({list.total})</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {list.items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <Link href={`/goals/${item.goalId}`} className="font-medium hover:underline">
                  {item.title}
                </Link>
                {item.kind === "micro-goal" ? <p className="text-sm text-slate-600">Step of: {item.goalTitle}</p> : <p className="text-sm text-slate-600">Goal</p>}
              </div>
              <DeadlineBadge deadline={item.deadline} status={item.status} />
            </li>
          ))}
        </ul>
      )}
      {more > 0 && !expanded ? (
        <p className="mt-2 text-sm">
          <Link href={`/dashboard?due=${listKey}#due-${listKey}-list`} className="font-semibold text-brand-700 underline underline-offset-4">
            And {more} more: see all {list.total}
            <span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        </p>
      ) : null}
      {expanded ? (
        <p className="mt-2 text-sm">
          {more > 0 ? <span className="text-slate-600">Showing the first {list.items.length}. </span> : null}
          <Link href="/dashboard" className="font-semibold text-brand-700 underline underline-offset-4">
            Show fewer
          </Link>
        </p>
      ) : null}
    </section>
  );
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser();
  const buddySide = getBuddySide(user);
  // `?due=<list>`: that due list in full rather than its first few items.
  const { due } = await searchParams;
  const expand = DUE_LISTS.find((key) => key === due);
  const [dashboard, pairings] = await Promise.all([getDashboard(user, new Date(), { expand }), listPairings(user)]);
  const hasGoals = dashboard.counts.active + dashboard.counts.achieved > 0;
  const horizons = [
    { years: 1 as const, title: "1 year" },
    { years: 5 as const, title: "5 years" },
    { years: 10 as const, title: "10 years" },
  ];
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
          <p className="mt-2 text-slate-700">
            Today is {formatCalendarDate(dashboard.today, "long")}.{" "}
            {hasGoals ? `${dashboard.counts.active} active goals, ${dashboard.counts.achieved} achieved.` : "Let's set your first goal."}
          </p>
        </div>
        <ButtonLink href="/goals/new">New goal</ButtonLink>
      </div>

      <BuddySide side={await buddySide} timeZone={user.timeZone} />

      {pairings.length > 0 ? (
        <section aria-labelledby="agreements-heading">
          <h2 id="agreements-heading" className="text-xl font-semibold">
            Our agreement
          </h2>
          <ul className="mt-3 space-y-2">
            {pairings.map((pairing) => (
              <li key={pairing.id} className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3">
                <Link href={`/buddies/${pairing.id}`} className="font-semibold text-brand-800 hover:underline">
                  With {pairing.buddy.name}
                </Link>
                <p className="mt-1 text-slate-800">{pairing.agreement}</p>
                {pairing.acceptance.agreed ? null : <p className="mt-1 text-sm font-semibold text-amber-900">Pending: {pairing.acceptance.youAcceptedAt ? `waiting for ${pairing.buddy.name} to accept` : "waiting for you to accept or propose a change"}.</p>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {hasGoals ? (
        <>
          <div className="grid gap-8 lg:grid-cols-3">
            {dueLists.map((list) => (
              <DueListSection key={list.key} listKey={list.key} title={list.title} list={dashboard.due[list.key]} empty={list.empty} expanded={list.key === expand} />
            ))}
          </div>
          {horizons.map((horizon) =>
            dashboard.goalsByHorizon[horizon.years].length ? (
              <section key={horizon.years} aria-labelledby={`dash-h-${horizon.years}`}>
                <h2 id={`dash-h-${horizon.years}`} className="text-xl font-semibold">
                  {horizon.title}
                </h2>
                <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                  {dashboard.goalsByHorizon[horizon.years].slice(0, GOALS_PER_HORIZON).map((goal) => (
                    <li key={goal.id}>
                      <GoalCard goal={goal} progress={goal.progress} deadlineStatus={goal.deadlineStatus} />
                    </li>
                  ))}
                </ul>
                {dashboard.goalsByHorizon[horizon.years].length > GOALS_PER_HORIZON ? (
                  <p className="mt-3 text-sm">
                    <Link href={`/goals#horizon-${horizon.years}`} className="font-semibold text-brand-700 underline underline-offset-4">
                      And {dashboard.goalsByHorizon[horizon.years].length - GOALS_PER_HORIZON} more: see all {dashboard.goalsByHorizon[horizon.years].length} {horizon.years}-year goals
                    </Link>
                  </p>
                ) : null}
              </section>
            ) : null,
          )}
          <section aria-labelledby="recent-check-ins">
            <h2 id="recent-check-ins" className="text-xl font-semibold">
              Recent check-ins
            </h2>
            {dashboard.recentCheckIns.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No check-ins yet. Open a goal and note how it is going.</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {dashboard.recentCheckIns.map((checkIn) => (
                  <li key={checkIn.id} className="rounded-xl border border-slate-200 bg-white px-4 py-3">
                    <Link href={`/goals/${checkIn.goalId}`} className="text-sm font-semibold text-brand-700 hover:underline">
                      {checkIn.goalTitle}
                    </Link>
                    <p className="mt-1 line-clamp-2 text-slate-800">{checkIn.note}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : (
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title}>
              <Card className="h-full">
                <p className="text-sm font-semibold text-brand-700">Step {index + 1}</p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link href={step.href} className="hover:underline">
                    {step.title}
                  </Link>
                </h2>
                <p className="mt-1 text-slate-700">{step.text}</p>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
