import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/validation/action-helpers";
import { getGoal } from "@/lib/goals/get-goal";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { CardSection } from "@/components/ui/card-section";
import { AchievementForm } from "@/components/goals/achievement-form";
import { reflectionAnswersOf } from "@/components/goals/reflection-questions";
import { Celebration } from "@/components/goals/celebration";
import { formatDayMonthYear } from "@/lib/time/format";
import { CelebrateWithBuddies } from "@/components/buddies/celebrate-with-buddies";
import { listCelebrationPartners } from "@/lib/buddies/achievement-news";
import { CELEBRATION_MINUTES } from "@/lib/buddies/achievement-emails";
import { formatReviewTime } from "@/lib/reviews/review-time";
import { todayIn } from "@/lib/time/calendar-date";
import { addDays } from "@/lib/time/calendar-math";
import { achieveGoalAction, shareAchievementNewsAction, suggestCelebrationAction } from "./actions";

export const metadata: Metadata = { title: "You did it!" };

export default async function AchieveGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const goal = await orNotFound(getGoal(user, id));

  if (goal.status === "DROPPED") {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold tracking-tight">Reactivate this goal first</h1>
        <Notice tone="warning">
          You dropped <strong>{goal.title}</strong>. If you reached it after all, reactivate it on its page, then mark it as achieved.
        </Notice>
        <ButtonLink href={`/goals/${goal.id}`} variant="secondary">
          Back to the goal
        </ButtonLink>
      </div>
    );
  }

  const achieved = goal.status === "ACHIEVED";
  const partners = achieved ? await listCelebrationPartners(user, goal.id) : [];
  return (
    <div className="space-y-8">
      <Celebration
        title={goal.title}
        reward={goal.reward || null}
        details={
          achieved && goal.achievedAt ? (
            <p className="relative mt-1 text-sm text-slate-600">
              Achieved on <time dateTime={goal.achievedAt.toISOString()}>{formatDayMonthYear(goal.achievedAt, user.timeZone)}</time>
            </p>
          ) : null
        }
      />

      {achieved ? (
        <CardSection id="celebrate" anchor="celebrate" title="Celebrate with your buddies">
          {partners.length === 0 ? (
            <p className="text-slate-700">
              Reaching goals is more fun with someone cheering.{" "}
              <Link href="/buddies" className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
                Invite a buddy
              </Link>
            </p>
          ) : (
            <>
              <p className="mb-4 text-slate-700">{goal.visibility === "BUDDIES" ? "Your buddies were told, since you share this goal with them." : "This goal is private: tell a buddy if you like."} Then pick a moment to celebrate together.</p>
              <CelebrateWithBuddies
                goalId={goal.id}
                goalIsPrivate={goal.visibility !== "BUDDIES"}
                partners={partners.map((partner) => ({
                  pairingId: partner.pairingId,
                  buddyName: partner.buddyName,
                  told: partner.told,
                  celebrateText: partner.celebrateStartsAt ? formatReviewTime(partner.celebrateStartsAt, CELEBRATION_MINUTES, user.timeZone) : null,
                }))}
                defaults={{ date: addDays(todayIn(user.timeZone), 1), time: "18:00" }}
                timeZone={user.timeZone}
                actions={{ share: shareAchievementNewsAction, suggest: suggestCelebrationAction }}
              />
            </>
          )}
        </CardSection>
      ) : null}

      <CardSection id="reflection" title="Look back before you move on">
        <p className="mb-5 text-slate-700">A few minutes now make the next goal easier. Answer any of these, or none: {achieved ? "save to keep your answers." : "the goal is marked as achieved either way."}</p>
        <AchievementForm action={achieveGoalAction} goalId={goal.id} answers={reflectionAnswersOf(goal)} submitLabel={achieved ? "Save reflection" : "Mark as achieved"} />
        {!achieved ? (
          <p className="mt-4 text-sm">
            <Link href={`/goals/${goal.id}`} className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
              Not there yet? Back to the goal
            </Link>
          </p>
        ) : null}
      </CardSection>

      <section aria-labelledby="next-goal-heading" className="rounded-2xl border border-brand-200 bg-brand-50 p-6">
        <h2 id="next-goal-heading" className="text-xl font-semibold text-brand-900">
          What is next?
        </h2>
        <p className="mt-1 text-brand-900">Reaching a goal is the best moment to set the next one, while you know what it takes.</p>
        <div className="mt-4">
          <ButtonLink href="/goals/new">Set your next goal</ButtonLink>
        </div>
      </section>
    </div>
  );
}
