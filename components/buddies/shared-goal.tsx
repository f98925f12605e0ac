// One of a buddy's shared goals, read-only: what it is, how far along, its steps and its
// check-ins with their conversation. There is deliberately nothing here that edits the goal.
import Link from "next/link";
import type { SharedGoal as SharedGoalData } from "@/lib/buddies/buddy-view";
import { deadlineStatus } from "@/lib/goals/progress";
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import { CategoryLabel } from "@/components/goals/category-label";
import { DeadlineBadge } from "@/components/goals/deadline-badge";
import { ProgressBar } from "@/components/goals/progress-bar";
import { formatDayMonthYear } from "@/lib/time/format";
import { CheckInEntry } from "@/components/goals/check-in-entry";
import { toCheckInView } from "@/components/goals/check-in-view";
import { SharedSteps } from "./shared-steps";
import type { PlanReviewActions } from "./plan-review-form";
import { toStepPlanView } from "@/components/goals/step-plan-view";
import { commentPromptsFor } from "@/lib/buddies/feedback-prompts";

type Props = {
  shared: SharedGoalData;
  ownerName: string;
  today: string;
  timeZone: string;
  actions: { comment: FormAction; cheer: PlainAction; plan: PlanReviewActions };
  /** This page's path: older check-ins link back to it to open their comment form. */
  pagePath: string;
  /** The check-in whose comment form was asked for (`?reply=<id>`), besides the newest. */
  openCheckInId?: string;
  /** Whether all the loaded check-ins were asked for (`?checkIns=<goal id>`), not just the newest few. */
  showAllCheckIns?: boolean;
};

/** Check-ins shown per goal until the reader asks for the rest (the page loads the latest 10). */
const CHECK_INS_SHOWN = 3;

/** The SMART parts in a few lines: only what the owner wrote. */
function SmartParts({ goal }: { goal: SharedGoalData["goal"] }) {
  const unit = goal.measureUnit ? ` ${goal.measureUnit}` : "";
  const numbers = goal.targetValue !== null ? ` (target ${formatNumber(goal.targetValue)}${unit}${goal.currentValue !== null ? `, now ${formatNumber(goal.currentValue)}${unit}` : ""})` : "";
  const parts = [
    { term: "Specific", text: goal.specific },
    { term: "Measurable", text: goal.measure || numbers ? `${goal.measure}${numbers}`.trim() : "" },
    { term: "Attainable", text: goal.attainable },
    { term: "Relevant", text: goal.relevant },
    { term: "Time-bound", text: `By ${formatCalendarDate(goal.deadline)}, on a ${goal.horizonYears}-year horizon.` },
  ].filter((part) => part.text);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {parts.map((part) => (
        <div key={part.term} className="contents">
          <dt className="font-semibold text-slate-900">{part.term}</dt>
          <dd className="mb-1 whitespace-pre-line text-slate-700 sm:mb-0">{part.text}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SharedGoal({ shared, ownerName, today, timeZone, actions, pagePath, openCheckInId, showAllCheckIns = false }: Props) {
  const { goal, progress, microGoals, checkIns } = shared;
  // An older check-in whose comment form was asked for stays in view.
  const showAll = showAllCheckIns || checkIns.findIndex((checkIn) => checkIn.id === openCheckInId) >= CHECK_INS_SHOWN;
  const shownCheckIns = showAll ? checkIns : checkIns.slice(0, CHECK_INS_SHOWN);
  const headingId = `goal-${goal.id}`;
  const done = goal.status !== "ACTIVE";
  const unit = goal.measureUnit?.trim() ?? "";
  return (
    <article aria-labelledby={headingId} className="space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CategoryLabel category={goal.category} />
          <DeadlineBadge deadline={goal.deadline} status={deadlineStatus(goal.deadline, today, done)} />
        </div>
        <h2 id={headingId} className="text-xl font-semibold leading-snug">
          {goal.title}
          {goal.status === "ACHIEVED" ? <span className="text-sm font-medium text-amber-800"> (achieved)</span> : null}
        </h2>
        <div className="max-w-xl">
          <ProgressBar progress={progress} label={`Progress on ${goal.title}`} />
        </div>
      </header>

      <SmartParts goal={goal} />

      <section aria-labelledby={`${headingId}-steps`} className="space-y-2">
        <h3 id={`${headingId}-steps`} className="text-lg font-semibold">
          Steps
        </h3>
        {microGoals.length === 0 ? (
          <p className="text-sm text-slate-700">{ownerName} has not broken this goal into steps yet.</p>
        ) : (
          <SharedSteps
            steps={microGoals.map((step) => {
              const done = step.doneAt !== null;
              return { id: step.id, title: step.title, done, deadline: step.deadline ? { date: step.deadline, status: deadlineStatus(step.deadline, today, done) } : null, plan: toStepPlanView(step, timeZone) };
            })}
            planActions={actions.plan}
          />
        )}
      </section>

      <section aria-labelledby={`${headingId}-check-ins`} className="space-y-3">
        <h3 id={`${headingId}-check-ins`} className="scroll-mt-6 text-lg font-semibold">
          Check-ins
        </h3>
        {checkIns.length === 0 ? (
          <p className="text-sm text-slate-700">No check-ins yet.</p>
        ) : (
          <ol className="space-y-3" aria-label={`Check-ins on ${goal.title}, newest first`}>
            {shownCheckIns.map((checkIn, index) => (
              <li key={checkIn.id} id={`check-in-${checkIn.id}`} className="scroll-mt-6 rounded-xl border border-slate-200 p-4 target:ring-2 target:ring-amber-400">
                {/* The comment and cheer forms are rendered for the newest check-in and the one asked for:
                    one form per check-in made the page several times heavier for what is rarely used. */}
                <CheckInEntry
                  checkIn={toCheckInView(checkIn, { timeZone, unit, withAuthor: false })}
                  conversation={
                    index === 0 || checkIn.id === openCheckInId
                      ? { canReply: true, viewer: "buddy", commentAction: actions.comment, cheerAction: actions.cheer, prompts: commentPromptsFor(goal.feedbackStyle, ownerName, { comeback: checkIn.comeback }) }
                      : {
                          canReply: false,
                          viewer: "buddy",
                          commentAction: actions.comment,
                          link: {
                            href: `${pagePath}?reply=${checkIn.id}#check-in-${checkIn.id}`,
                            text: "Comment or cheer",
                            srText: ` on the check-in of ${formatDayMonthYear(checkIn.createdAt, timeZone)}`,
                          },
                        }
                  }
                />
              </li>
            ))}
          </ol>
        )}
        {shownCheckIns.length < checkIns.length ? (
          <p className="text-sm">
            <Link href={`${pagePath}?checkIns=${goal.id}#${headingId}-check-ins`} className="font-semibold text-brand-700 underline underline-offset-4">
              {`Show ${checkIns.length - shownCheckIns.length} earlier ${checkIns.length - shownCheckIns.length === 1 ? "check-in" : "check-ins"}`}
              <span className="sr-only">{` on ${goal.title}`}</span>
            </Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}
