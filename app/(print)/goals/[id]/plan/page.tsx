import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getGoalPlan } from "@/lib/goals/goal-plan";
import { orNotFound } from "@/lib/validation/action-helpers";
import { NotFoundError } from "@/lib/errors";
import { formatCalendarDate, todayIn } from "@/lib/time/calendar-date";
import { dateTimeFormat } from "@/lib/time/date-time-format";
import { GoalPlanSheet } from "@/components/plan/goal-plan-sheet";
import { PlanFrame } from "@/components/plan/plan-frame";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  try {
    return { title: `Plan: ${(await getGoalPlan(user, (await params).id)).goal.title}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Goal not found" };
    throw error;
  }
}

export default async function GoalPlanPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const plan = await orNotFound(getGoalPlan(user, id));
  const review = plan.nextReview ? `${dateTimeFormat("en-GB", { timeZone: user.timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(plan.nextReview.startsAt)} with ${plan.nextReview.buddyName}` : null;
  return (
    <PlanFrame back={{ href: `/goals/${plan.goal.id}`, label: "Back to the goal" }} printLabel="Print my plan">
      <GoalPlanSheet plan={plan} reviewText={review} printedOn={formatCalendarDate(todayIn(user.timeZone))} />
    </PlanFrame>
  );
}
