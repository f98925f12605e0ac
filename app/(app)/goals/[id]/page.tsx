import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/validation/action-helpers";
import { AppErrorCode, isAppError } from "@/lib/errors";
import { cache } from "react";
import { getGoalDetail, listNewestCheckInValues, type GoalDetail } from "@/lib/goals/get-goal";
import { categoryLabel } from "@/lib/goals/categories";
import { suggestMicroGoals } from "@/lib/goals/micro-goal-suggestions";
import { buildProgressChart, formatNumber } from "@/lib/goals/progress-chart";
import { deadlineStatus } from "@/lib/goals/progress";
import { IdSchema } from "@/lib/goals/schemas";
import { activeGoalLimitMessage } from "@/lib/goals/active-goal-limit";
import { encodeCursor, parseCursor } from "@/lib/pagination/keyset";
import { formatCalendarDate, todayIn } from "@/lib/time/calendar-date";
import { Card, Notice } from "@/components/ui/card";
import { CategoryLabel } from "@/components/goals/category-label";
import { DeadlineBadge } from "@/components/goals/deadline-badge";
import { ProgressBar } from "@/components/goals/progress-bar";
import { SmartSummary } from "@/components/goals/smart-summary";
import { DeleteGoal, GoalActions } from "@/components/goals/goal-actions";
import { MicroGoalList } from "@/components/goals/micro-goal-list";
import { AddMicroGoalForm } from "@/components/goals/micro-goal-form";
import { MicroGoalSuggestions } from "@/components/goals/micro-goal-suggestions";
import { CheckInForm } from "@/components/goals/check-in-form";
import { CheckInList } from "@/components/goals/check-in-list";
import { formatDayMonthYear } from "@/lib/time/format";
import { GoalIcsLink } from "@/components/calendar/goal-ics-link";
import { addCommentAction } from "@/app/(app)/buddies/[id]/actions";
import { ProgressChart } from "@/components/goals/progress-chart";
import { GiftIcon, LockIcon, PeopleIcon } from "@/components/goals/icons";
import { listGoalReviewDecisions } from "@/lib/reviews/history";
import { GoalReviewHistory } from "@/components/reviews/goal-review-history";
import { BackLink } from "@/components/ui/back-link";
import { addCheckInAction, addMicroGoalAction, answerPlanQuestionAction, deleteGoalAction, deleteMicroGoalAction, dropGoalAction, moveMicroGoalAction, reactivateGoalAction, reorderMicroGoalsAction, setMicroGoalDoneAction, updateMicroGoalAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The goal as this request shows it, for the page and its title: one query per request.
 * `before` is the raw `?before=` value (a string compares equal across both callers).
 */
const findDetail = cache((user: SessionUser, id: string, before: string | string[] | undefined): Promise<GoalDetail> => getGoalDetail(user, id, { checkInsBefore: parseCursor(before) }));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const user = await requireUser();
  const { id } = await params;
  try {
    return { title: (await findDetail(user, id, (await searchParams).before)).goal.title };
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) return { title: "Goal not found" };
    throw error;
  }
}

const horizonText = (years: number) => `${years}-year goal`;

export default async function GoalPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!IdSchema.safeParse(id).success) notFound();
  const query = await searchParams;
  // `?before=`: the cursor of the last check-in shown, for an older page; anything else shows the newest.
  const before = parseCursor(query.before);
  // The chart always shows the newest check-ins, also while the history below pages back.
  const [detail, newest, reviewDecisions] = await Promise.all([orNotFound(findDetail(user, id, query.before)), before ? listNewestCheckInValues(user, id) : null, orNotFound(listGoalReviewDecisions(user, id))]);
  const { goal, microGoals, progress, checkIns, olderCheckIns } = detail;
  const chartSource = newest ?? { checkIns, hasMore: detail.hasMoreCheckIns };

  const today = todayIn(user.timeZone);
  const active = goal.status === "ACTIVE";
  const unit = goal.measureUnit?.trim() ?? "";
  const doneCount = microGoals.filter((microGoal) => microGoal.doneAt !== null).length;
  const suggestions = active
    ? suggestMicroGoals(
        goal.category,
        microGoals.map((microGoal) => microGoal.title),
      )
    : [];
  const chartOptions = { timeZone: user.timeZone, partial: chartSource.hasMore };
  const chart = buildProgressChart(goal, chartSource.checkIns, chartOptions);
  const narrowChart = buildProgressChart(goal, chartSource.checkIns, { ...chartOptions, width: 360, height: 220 });
  const olderHref = olderCheckIns ? `/goals/${goal.id}?before=${encodeURIComponent(encodeCursor(olderCheckIns))}#check-ins` : null;
  const goalRef = { id: goal.id, deadline: goal.deadline };
  // The reply form is rendered under the newest check-in with comments and under the one asked for
  // (`?reply=<check-in>`); the others link to theirs, so the page does not carry a form per check-in.
  const newestDiscussedId = checkIns.find((checkIn) => checkIn.comments.length > 0)?.id;
  const replyHref = (checkInId: string) => `/goals/${goal.id}?${typeof query.before === "string" ? `before=${encodeURIComponent(query.before)}&` : ""}reply=${checkInId}#check-in-${checkInId}`;

  return (
    <div className="space-y-8">
      <BackLink href="/goals">All goals</BackLink>

      {query.created === "1" || query.saved === "1" ? (
        <div role="status">
          <Notice tone="success">{query.created === "1" ? "Goal created. Now break it into steps." : "Goal saved."}</Notice>
        </div>
      ) : null}
      {query.limit === "active" && !active ? (
        <div role="alert">
          <Notice tone="warning">{activeGoalLimitMessage}</Notice>
        </div>
      ) : null}
      {goal.status === "DROPPED" ? <Notice tone="warning">You dropped this goal. It stays here for your records; reactivate it to work on it again.</Notice> : null}
      {goal.status === "ACHIEVED" ? (
        <Notice tone="success">
          You achieved this goal.{" "}
          <Link href={`/achievements?goal=${goal.id}`} className="font-semibold underline underline-offset-4">
            See it with your achievements
          </Link>
        </Notice>
      ) : null}

      <header className="space-y-4">
        <div className="space-y-1">
          <CategoryLabel category={goal.category} />
          <h1 className="text-3xl font-bold tracking-tight">{goal.title}</h1>
        </div>
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700" aria-label="About this goal">
          <li>{horizonText(goal.horizonYears)}</li>
          <li>
            <DeadlineBadge deadline={goal.deadline} status={deadlineStatus(goal.deadline, today, !active)} />
          </li>
          <li className="inline-flex items-center gap-1.5">
            {goal.visibility === "BUDDIES" ? <PeopleIcon className="h-4 w-4 text-slate-500" /> : <LockIcon className="h-4 w-4 text-slate-500" />}
            {goal.visibility === "BUDDIES" ? "Shared with your buddies" : "Private"}
          </li>
        </ul>
        <div className="max-w-xl">
          <ProgressBar progress={progress} label={`Progress on ${goal.title}`} />
        </div>
        <GoalActions goal={goal} complete={progress.percent >= 100} actions={{ drop: dropGoalAction, reactivate: reactivateGoalAction, remove: deleteGoalAction }} />
      </header>

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <section aria-labelledby="steps-heading" className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="steps-heading" className="text-2xl font-semibold tracking-tight">
                Steps
              </h2>
              {microGoals.length > 0 ? <p className="text-sm text-slate-600">{`${doneCount} of ${microGoals.length} done`}</p> : null}
            </div>
            {microGoals.length > 1 ? (
              <p className="text-sm text-slate-600">
                Reorder with the arrow buttons<span className="hidden sm:inline">, or drag a step by its grip</span>.
              </p>
            ) : null}
            <MicroGoalList
              goal={goalRef}
              microGoals={microGoals}
              today={today}
              timeZone={user.timeZone}
              editingId={typeof query.edit === "string" ? query.edit : undefined}
              actions={{
                answerPlan: answerPlanQuestionAction,
                setDone: setMicroGoalDoneAction,
                remove: deleteMicroGoalAction,
                update: updateMicroGoalAction,
                move: moveMicroGoalAction,
                reorder: reorderMicroGoalsAction,
              }}
            />
            {suggestions.length > 0 ? (
              <section aria-labelledby="suggestions-heading" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
                <h3 id="suggestions-heading" className="text-lg font-semibold">
                  Suggested steps
                </h3>
                <p className="mt-1 text-sm text-slate-600">Common first steps for “{categoryLabel(goal.category)}”. Add one, then make its plan your own.</p>
                <div className="mt-2">
                  <MicroGoalSuggestions action={addMicroGoalAction} goalId={goal.id} suggestions={suggestions} />
                </div>
              </section>
            ) : null}
            <section aria-labelledby="add-step-heading">
              <Card>
                <h3 id="add-step-heading" className="mb-4 text-lg font-semibold">
                  Add a step
                </h3>
                <AddMicroGoalForm action={addMicroGoalAction} goalId={goal.id} goalDeadlineText={formatCalendarDate(goal.deadline)} />
              </Card>
            </section>
          </section>

          <section id="check-ins" aria-labelledby="check-ins-heading" className="scroll-mt-6 space-y-5">
            <h2 id="check-ins-heading" className="text-2xl font-semibold tracking-tight">
              Check-ins
            </h2>
            {chart && narrowChart ? (
              <section aria-labelledby="chart-heading">
                <Card>
                  <h3 id="chart-heading" className="mb-3 text-lg font-semibold">
                    Progress over time
                  </h3>
                  <ProgressChart wide={chart} narrow={narrowChart} id="progress-chart" />
                </Card>
              </section>
            ) : null}
            {active ? (
              <section aria-labelledby="check-in-heading">
                <Card>
                  <h3 id="check-in-heading" className="mb-4 text-lg font-semibold">
                    Check in
                  </h3>
                  <CheckInForm action={addCheckInAction} goalId={goal.id} measure={goal.targetValue !== null ? { unit, currentText: goal.currentValue !== null ? `${formatNumber(goal.currentValue)}${unit ? ` ${unit}` : ""}` : null } : null} />
                </Card>
              </section>
            ) : null}
            <section aria-labelledby="history-heading" className="space-y-3">
              <h3 id="history-heading" className="text-lg font-semibold">
                History
              </h3>
              <CheckInList
                checkIns={checkIns}
                timeZone={user.timeZone}
                unit={unit}
                olderHref={olderHref}
                newestHref={before ? `/goals/${goal.id}#check-ins` : null}
                conversationFor={(checkIn) => {
                  if (checkIn.comments.length === 0) return null;
                  const replyOpen = detail.canReplyToBuddies && (checkIn.id === newestDiscussedId || checkIn.id === query.reply);
                  const date = formatDayMonthYear(checkIn.createdAt, user.timeZone);
                  return {
                    canReply: replyOpen,
                    viewer: "owner",
                    commentAction: addCommentAction,
                    link: detail.canReplyToBuddies && !replyOpen ? { href: replyHref(checkIn.id), text: "Reply", srText: ` to the comments on the check-in of ${date}` } : null,
                  };
                }}
              />
            </section>
          </section>
        </div>

        <aside className="space-y-6" aria-label="Goal details">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">The goal, SMART</h2>
            <SmartSummary goal={goal} />
            <div className="mt-4 border-t border-slate-100 pt-3">
              <GoalIcsLink goalId={goal.id} />
            </div>
          </Card>
          <GoalReviewHistory decisions={reviewDecisions} timeZone={user.timeZone} />
          {goal.reward ? (
            <Card>
              <h2 className="flex items-center gap-2 text-lg font-semibold">
                <GiftIcon className="h-5 w-5 text-amber-700" />
                Your reward
              </h2>
              <p className="mt-2 whitespace-pre-line text-slate-700">{goal.reward}</p>
            </Card>
          ) : null}
          <DeleteGoal goal={goal} action={deleteGoalAction} />
        </aside>
      </div>
    </div>
  );
}
