import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { AppErrorCode, isAppError } from "@/lib/errors";
import { getBuddyView, type BuddyView } from "@/lib/buddies/buddy-view";
import { todayIn } from "@/lib/time/calendar-date";
import { Card, Notice } from "@/components/ui/card";
import { formatDayMonthYear } from "@/lib/time/format";
import { AcceptRulesForm, PairingRulesForm } from "@/components/buddies/pairing-rules-form";
import { AgreementStatus } from "@/components/buddies/agreement-status";
import { rulesVersion } from "@/lib/buddies/pairings";
import { SharedGoal } from "@/components/buddies/shared-goal";
import { EndPairing } from "@/components/buddies/end-pairing";
import { listPastReviews } from "@/lib/reviews/history";
import { encodeCursor, parseCursor } from "@/lib/pagination/keyset";
import { suggestReviewSlot } from "@/lib/reviews/schedule-review";
import { ReviewSessionsSection } from "@/components/reviews/review-sessions-section";
import { BuddyAchievements } from "@/components/buddies/buddy-achievements";
import { listAchievementsToCelebrate } from "@/lib/buddies/achievement-news";
import { CELEBRATION_MINUTES } from "@/lib/buddies/achievement-emails";
import { formatReviewTime } from "@/lib/reviews/review-time";
import { acceptRulesAction, addCheerAction, addCommentAction, approvePlanAction, askPlanQuestionAction, cheerAchievementAction, congratulateAction, endPairingAction, updateRulesAction } from "./actions";
import { cancelReviewAction, confirmReviewTimeAction, proposeReviewTimeAction, rescheduleReviewAction, scheduleReviewAction, scheduleSuggestedReviewAction } from "./review-actions";
import { suggestAlternativeTimeFor } from "@/lib/reviews/propose-time";
import { BackLink } from "@/components/ui/back-link";
import { listSentReports, myReportState } from "@/lib/buddies/weekly-reports";
import { pairingWishes } from "@/lib/buddies/pairing-wishes";
import { getPairingHealth } from "@/lib/buddies/pairing-health-view";
import { WeeklyReportsSection } from "@/components/buddies/weekly-reports-section";
import { PairingHealthBanner, PairingWishesSection } from "@/components/buddies/pairing-health-section";
import { answerReportAction, endKindlyAction, pairingWishAction, pausePairingAction, renewAgreementAction, reportModeAction, resumePairingAction, sendReportAction } from "./report-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const IdSchema = z.uuid();
const REVIEW_NOTICES: Record<string, (buddyName: string) => string> = {
  scheduled: (buddyName) => `Review scheduled. You and ${buddyName} both get an invitation by email.`,
  moved: (buddyName) => `Review moved. You and ${buddyName} both get the updated invitation by email.`,
  cancelled: () => "The review is cancelled. You both get an email that removes it from your calendars.",
  proposed: (buddyName) => `New time proposed. ${buddyName} is asked to confirm it; until then the booked time stands.`,
  confirmed: (buddyName) => `New time confirmed. You and ${buddyName} both get the updated invitation by email.`,
};

/** The pairing as the reader may see it, or null; one query per request for the page and its title. */
const findView = cache(async (user: SessionUser, id: string): Promise<BuddyView | null> => {
  if (!IdSchema.safeParse(id).success) return null;
  try {
    return await getBuddyView(user, id);
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const view = await findView(await requireUser(), (await params).id);
  return { title: view ? `${view.pairing.buddy.name}'s shared goals` : "Buddy not found" };
}

export default async function BuddyPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const view = await findView(user, id);
  if (!view) notFound();
  const { pairing, sharedGoals } = view;
  const buddyName = pairing.buddy.name;
  const today = todayIn(user.timeZone);
  const reviewsBefore = parseCursor(query.reviewsBefore);
  const reportsBefore = parseCursor(query.reportsBefore);
  const [reviews, suggestion, achievements, reports, reportState, wishes, health] = await Promise.all([
    listPastReviews(user, pairing.id, { before: reviewsBefore }),
    suggestReviewSlot(user, pairing.id),
    listAchievementsToCelebrate(user, pairing.id),
    listSentReports(user, pairing.id, { before: reportsBefore }),
    myReportState(user, pairing.id),
    pairingWishes(user, pairing.id),
    getPairingHealth(user, pairing.id),
  ]);
  const alternative = reviews.next ? await suggestAlternativeTimeFor(user, pairing.id, reviews.next) : null;

  return (
    <div className="space-y-8">
      <BackLink href="/buddies">All buddies</BackLink>
      {query.welcome === "1" ? (
        <div role="status">
          <Notice tone="success">You are now buddies. Agree how you will work together below.</Notice>
        </div>
      ) : null}

      {query.health === "renewed" ? (
        <div role="status">
          <Notice tone="success">Renewed. Read your agreement below and accept it; {buddyName} is asked to accept it too.</Notice>
        </div>
      ) : null}

      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{buddyName}&apos;s shared goals</h1>
        <p className="text-slate-700">
          Buddies since <time dateTime={pairing.startedAt.toISOString()}>{formatDayMonthYear(pairing.startedAt, user.timeZone)}</time>. You see only the goals {buddyName} chose to share. You cannot edit them; in a review you decide together on each one (keep, adjust, drop or achieved), and the decision you both reach
          is applied.
        </p>
      </header>

      <PairingHealthBanner health={health} pairingId={pairing.id} buddyName={buddyName} actions={{ renew: renewAgreementAction, pause: pausePairingAction, resume: resumePairingAction, end: endKindlyAction }} />

      {achievements.length > 0 ? (
        <section aria-labelledby="achievements-heading">
          <Card>
            <h2 id="achievements-heading" className="text-xl font-semibold">
              {buddyName} reached a goal
            </h2>
            <p className="mb-4 mt-1 text-slate-700">Send a cheer or a few words: {buddyName} sees them next to the achievement.</p>
            <BuddyAchievements
              ownerName={buddyName}
              achievements={achievements.map((achievement) => ({
                goalId: achievement.goalId,
                title: achievement.title,
                reward: achievement.reward,
                achievedText: achievement.achievedAt ? formatDayMonthYear(achievement.achievedAt, user.timeZone) : null,
                celebrateText: achievement.celebrateStartsAt ? formatReviewTime(achievement.celebrateStartsAt, CELEBRATION_MINUTES, user.timeZone) : null,
                cheered: achievement.cheered,
                myCongratulations: achievement.myCongratulations.map(({ id, body }) => ({ id, body })),
              }))}
              actions={{ cheer: cheerAchievementAction, congratulate: congratulateAction }}
            />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="agreement-heading">
        <Card>
          <h2 id="agreement-heading" className="text-xl font-semibold">
            Our agreement
          </h2>
          <p className="mt-2 text-slate-800" data-testid="agreement">
            {pairing.agreement}
          </p>
          {pairing.rulesUpdatedAt ? (
            <p className="mt-2 text-sm text-slate-600">
              Last changed by {pairing.rulesUpdatedByBuddy ? buddyName : "you"} on <time dateTime={pairing.rulesUpdatedAt.toISOString()}>{formatDayMonthYear(pairing.rulesUpdatedAt, user.timeZone)}</time>
            </p>
          ) : (
            <p className="mt-2 text-sm text-slate-600">These are the starting rules. Talk them through and change anything that does not suit you both.</p>
          )}
          <div className="mt-3 space-y-3">
            <AgreementStatus acceptance={pairing.acceptance} buddyName={buddyName} timeZone={user.timeZone} />
            {pairing.acceptance.youAcceptedAt ? null : <AcceptRulesForm action={acceptRulesAction} pairingId={pairing.id} version={rulesVersion(pairing.rulesUpdatedAt)} />}
          </div>
          <div className="mt-5 border-t border-slate-100 pt-5">
            <h3 className="mb-3 font-semibold text-slate-900">{pairing.acceptance.youAcceptedAt ? "Want something different?" : "Or propose a change"}</h3>
            <PairingRulesForm action={updateRulesAction} pairingId={pairing.id} rules={pairing.rules} />
          </div>
        </Card>
      </section>

      <PairingWishesSection pairingId={pairing.id} buddyName={buddyName} mine={wishes.mine} theirs={wishes.theirs} action={pairingWishAction} />

      <WeeklyReportsSection
        pairingId={pairing.id}
        buddyName={buddyName}
        mode={reportState.mode}
        draft={reportState.draft}
        reports={reports.items}
        olderHref={reports.next ? `/buddies/${pairing.id}?reportsBefore=${encodeURIComponent(encodeCursor(reports.next))}#reports-heading` : null}
        actions={{ send: sendReportAction, answer: answerReportAction, mode: reportModeAction }}
        notice={typeof query.report === "string" ? query.report : undefined}
      />

      {typeof query.review === "string" && query.review in REVIEW_NOTICES ? (
        <div role="status">
          <Notice tone={query.review === "cancelled" ? "info" : "success"}>{REVIEW_NOTICES[query.review]?.(buddyName)}</Notice>
        </div>
      ) : null}
      <ReviewSessionsSection
        pairingId={pairing.id}
        reviews={reviews}
        suggestion={suggestion}
        timeZone={user.timeZone}
        olderHref={reviews.olderBefore ? `/buddies/${pairing.id}?reviewsBefore=${encodeURIComponent(encodeCursor(reviews.olderBefore))}#reviews-heading` : null}
        alternative={alternative}
        actions={{
          schedule: scheduleReviewAction,
          scheduleSuggested: scheduleSuggestedReviewAction,
          reschedule: rescheduleReviewAction,
          cancel: cancelReviewAction,
          propose: proposeReviewTimeAction,
          confirm: confirmReviewTimeAction,
        }}
      />

      <div className="space-y-5">
        {sharedGoals.length === 0 ? (
          <Card>
            <p className="text-slate-700">{buddyName} has not shared any goals with you yet. They choose which goals to share on their Buddies page.</p>
          </Card>
        ) : (
          sharedGoals.map((shared) => (
            <SharedGoal
              key={shared.goal.id}
              shared={shared}
              ownerName={buddyName}
              today={today}
              timeZone={user.timeZone}
              actions={{ comment: addCommentAction, cheer: addCheerAction, plan: { approve: approvePlanAction, ask: askPlanQuestionAction } }}
              pagePath={`/buddies/${pairing.id}`}
              openCheckInId={typeof query.reply === "string" ? query.reply : undefined}
              showAllCheckIns={query.checkIns === shared.goal.id}
            />
          ))
        )}
      </div>

      <EndPairing pairingId={pairing.id} buddyName={buddyName} action={endPairingAction} />
    </div>
  );
}
