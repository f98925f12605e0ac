// What one buddy sees of the other: only goals shared with buddies. Private goals are never
// queried (the WHERE clause excludes them), not merely hidden from the page.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { buddyGoalSelect, microGoalSelect, progressOf, toBuddyGoalDto, toMicroGoalDto, type BuddyGoalDto, type MicroGoalDto } from "@/lib/goals/goal-dto";
import type { GoalProgress } from "@/lib/goals/progress";
import { MAX_MICRO_GOALS_PER_GOAL } from "@/lib/goals/micro-goals";
import { checkInThreadSelect, toCheckInThread, type CheckInComment, type CheckInThread } from "@/lib/goals/check-in-thread";
import type { PairingSummary } from "./pairings";
import { authorizePairingView } from "@/lib/buddies/authorize-pairing-view";

const CHECK_INS_PER_GOAL = 10;

export type BuddyComment = CheckInComment;
export type BuddyCheckIn = CheckInThread;
export type SharedGoal = { goal: BuddyGoalDto; progress: GoalProgress; microGoals: MicroGoalDto[]; checkIns: BuddyCheckIn[] };
export type BuddyView = { pairing: PairingSummary; sharedGoals: SharedGoal[] };

export async function getBuddyView(actor: SessionUser, pairingId: string): Promise<BuddyView> {
  const db = await getDb();
  const grant = await authorizePairingView(actor, pairingId);
  const goals = await db.goal.findMany({
    where: { ownerId: grant.buddy.id, visibility: "BUDDIES", status: { not: "DROPPED" } },
    select: {
      ...buddyGoalSelect,
      microGoals: { select: microGoalSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }], take: MAX_MICRO_GOALS_PER_GOAL },
      checkIns: {
        select: checkInThreadSelect,
        orderBy: { createdAt: "desc" },
        take: CHECK_INS_PER_GOAL,
      },
    },
    orderBy: [{ status: "asc" }, { deadline: "asc" }],
    take: 100,
  });
  return {
    pairing: grant.pairing,
    sharedGoals: goals.map(({ microGoals, checkIns, ...row }) => {
      const goal = toBuddyGoalDto(row);
      const steps = microGoals.map(toMicroGoalDto);
      return {
        goal,
        progress: progressOf(goal, steps),
        microGoals: steps,
        checkIns: checkIns.map((checkIn) => toCheckInThread(checkIn, actor.id)),
      };
    }),
  };
}
