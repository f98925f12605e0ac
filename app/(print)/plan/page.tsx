import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listPlanOverview } from "@/lib/goals/goal-plan";
import { formatCalendarDate, todayIn } from "@/lib/time/calendar-date";
import { PlanFrame } from "@/components/plan/plan-frame";
import { PlanOverviewSheet } from "@/components/plan/plan-overview-sheet";

export const metadata: Metadata = { title: "All my goals on one page" };

export default async function PlanOverviewPage() {
  const user = await requireUser();
  const goals = await listPlanOverview(user);
  return (
    <PlanFrame back={{ href: "/goals", label: "Back to your goals" }} printLabel="Print my goals">
      <PlanOverviewSheet name={user.name} goals={goals} printedOn={formatCalendarDate(todayIn(user.timeZone))} />
    </PlanFrame>
  );
}
