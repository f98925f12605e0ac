import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { DUE_LISTS, getDashboard, type DashboardGoal, type DueList, type DueListKey } from "@/lib/goals/dashboard";
import { checkInNudgeText, nextActionText } from "@/lib/goals/next-action-text";
import { getFirstSteps, type FirstStep } from "@/lib/onboarding/first-steps";
import { listPairings } from "@/lib/buddies/pairings";
import { getBuddySide } from "@/lib/buddies/buddy-side";
import { BuddySide } from "@/components/buddies/buddy-side";
import { quietPairings } from "@/lib/buddies/pairing-health-view";
import { PairingHealthBanner } from "@/components/buddies/pairing-health-section";
import { endKindlyAction, pausePairingAction, renewAgreementAction, resumePairingAction } from "@/app/(app)/buddies/[id]/report-actions";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { horizonGoalLabel, HORIZONS, type Horizon } from "@/lib/goals/horizon";
import { ButtonLink } from "@/components/ui/button";
import { DeadlineBadge } from "@/components/goals/deadline-badge";

export const metadata: Metadata = { title: "Dashboard" };

const dueLists: { key: DueListKey; title: string; empty: string }[] = [
  { key: "overdue", title: "Overdue", empty: "Nothing overdue." },
  { key: "due-this-week", title: "Due this week", empty: "Nothing due in the next 7 days." },
  { key: "due-this-month", title: "Due this month", empty: "Nothing else due this month." },
];

/** How many goals the "Next" list shows (what a glance takes in); the rest are on /goals. */
const NEXT_ACTIONS_SHOWN = 5;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The new person's checklist: it ticks itself off from what they have done, and is gone when all is done. */
function FirstStepsChecklist({ steps }: { steps: FirstStep[] }) {
  const done = steps.filter((step) => step.done).length;
  return (
    <section aria-labelledby="first-steps-heading" className="rounded-2xl border border-brand-200 bg-brand-50 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="first-steps-heading" className="text-lg font-semibold text-brand-900">
          Your first steps
        </h2>
        <p className="text-sm font-medium text-brand-900">{`${done} of ${steps.length} done`}</p>
      </div>
      {/* What is left to do; the done ones are in the count above. */}
      <ol className="mt-3 space-y-2">
        {steps
          .filter((step) => !step.done)
          .map((step) => (
            <li key={step.key} className="flex items-center gap-3">
              <span aria-hidden="true" className="size-5 shrink-0 rounded-full border-2 border-slate-400 bg-white" />
              <Link href={step.href} className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900">
                {step.label}
              </Link>
            </li>
          ))}
      </ol>
    </section>
  );
}

/** Active goals, the most pressing first: each with the one thing to do next. */
function NextActions({ goals }: { goals: DashboardGoal[] }) {
  const urgency = (goal: DashboardGoal) => (goal.next.kind === "step" && goal.next.deadline ? goal.next.deadline : goal.next.kind === "first-step" ? "0000" : goal.deadline);
  const sorted = [...goals].sort((a, b) => urgency(a).localeCompare(urgency(b)));
  const shown = sorted.slice(0, NEXT_ACTIONS_SHOWN);
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading" className="text-xl font-semibold">
        Next
      </h2>
      <ul className="rows mt-3">
        {shown.map((goal) => (
          <li key={goal.id} className="row items-start gap-x-4 gap-y-1">
            <div className="min-w-0">
              <Link href={`/goals/${goal.id}`} className="font-semibold break-words hover:underline">
                {goal.title}
              </Link>
              <p className="break-words text-sm text-slate-700">{nextActionText(goal.next)}</p>
              {goal.checkInDueDays !== null ? (
                <p className="text-sm font-medium text-amber-900">
                  <Link href={`/goals/${goal.id}#check-in-heading`} className="underline underline-offset-4">
                    {checkInNudgeText(goal.checkInDueDays, goal.hasCheckedIn)}
                  </Link>
                </p>
              ) : null}
            </div>
            {goal.next.kind === "step" && goal.next.deadline && goal.next.status ? <DeadlineBadge deadline={goal.next.deadline} status={goal.next.status} /> : null}
            {goal.next.kind === "first-step" ? (
              <Link href={`/goals/${goal.id}#add-step-heading`} className="link text-sm">
                Add a step<span className="sr-only">{` to ${goal.title}`}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      {sorted.length > shown.length ? (
        <p className="mt-2 text-sm">
          <Link href="/goals" className="link">
            {`And ${sorted.length - shown.length} more goals`}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/**
 * Each horizon in one line: how many goals, how far along, what is late. The goals themselves are
 * in "Next" above and on /goals; the dashboard shows each goal once.
 */
function HorizonSummary({ goalsByHorizon }: { goalsByHorizon: Record<Horizon, DashboardGoal[]> }) {
  const horizons = HORIZONS.filter((years) => goalsByHorizon[years].length > 0);
  if (horizons.length === 0) return null;
  return (
    <section aria-labelledby="horizons-heading">
      <h2 id="horizons-heading" className="text-xl font-semibold">
        Your goals by horizon
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {horizons.map((years) => {
          const goals = goalsByHorizon[years];
          const average = Math.round(goals.reduce((sum, goal) => sum + goal.progress.percent, 0) / goals.length);
          const overdue = goals.filter((goal) => goal.deadlineStatus === "overdue").length;
          return (
            <li key={years} className="rounded-xl border border-slate-200 bg-white px-4 py-3">
              <Link href={`/goals#horizon-${years}`} className="link">
                {`${horizonGoalLabel(years)}s`}
              </Link>
              <p className="text-sm text-slate-700">{`${plural(goals.length, "active goal", "active goals")}, ${average}% done on average${overdue > 0 ? `, ${overdue} overdue` : ""}`}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

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
        <ul className="rows mt-3">
          {list.items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="row">
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
          <Link href={`/dashboard?due=${listKey}#due-${listKey}-list`} className="link">
            And {more} more: see all {list.total}
            <span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        </p>
      ) : null}
      {expanded ? (
        <p className="mt-2 text-sm">
          {more > 0 ? <span className="text-slate-600">Showing the first {list.items.length}. </span> : null}
          <Link href="/dashboard" className="link">
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
  const [dashboard, pairings, firstSteps, quiet] = await Promise.all([getDashboard(user, new Date(), { expand }), listPairings(user), getFirstSteps(user), quietPairings(user)]);
  const hasGoals = dashboard.counts.active + dashboard.counts.achieved > 0;
  const activeGoals = [...dashboard.goalsByHorizon[1], ...dashboard.goalsByHorizon[5], ...dashboard.goalsByHorizon[10]];
  const dueTotal = DUE_LISTS.reduce((sum, key) => sum + dashboard.due[key].total, 0);
  const counts = [plural(dashboard.counts.active, "active goal", "active goals"), dashboard.counts.achieved > 0 ? `${dashboard.counts.achieved} achieved` : null].filter(Boolean).join(", ");
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
          <p className="mt-2 text-slate-700">
            Today is {formatCalendarDate(dashboard.today, "long")}. {hasGoals ? `${counts}.` : "Let's set your first goal."}
          </p>
        </div>
        <ButtonLink href="/goals/new">New goal</ButtonLink>
      </div>

      {quiet.map((pairing) => (
        <PairingHealthBanner key={pairing.pairingId} headingId={`health-heading-${pairing.pairingId}`} health={pairing.health} pairingId={pairing.pairingId} buddyName={pairing.buddyName} actions={{ renew: renewAgreementAction, pause: pausePairingAction, resume: resumePairingAction, end: endKindlyAction }} />
      ))}

      {firstSteps ? <FirstStepsChecklist steps={firstSteps} /> : null}

      {activeGoals.length > 0 ? <NextActions goals={activeGoals} /> : null}

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
          {dueTotal === 0 ? (
            <p className="text-slate-700">Nothing is due in the next 30 days.</p>
          ) : (
            <div className="grid gap-8 lg:grid-cols-3">
              {dueLists
                .filter((list) => dashboard.due[list.key].total > 0)
                .map((list) => (
                  <DueListSection key={list.key} listKey={list.key} title={list.title} list={dashboard.due[list.key]} empty={list.empty} expanded={list.key === expand} />
                ))}
            </div>
          )}
          <HorizonSummary goalsByHorizon={dashboard.goalsByHorizon} />
          {dashboard.recentCheckIns.length === 0 ? null : (
            <section aria-labelledby="recent-check-ins">
              <h2 id="recent-check-ins" className="text-xl font-semibold">
                Recent check-ins
              </h2>
              {
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
              }
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
