// Whether a pairing is still alive, from what the two of them did together: reports answered,
// comments on each other's check-ins, reviews held. A cycle is one period of the agreed
// check-in cadence; after SILENT_CYCLES_BEFORE_CHOICE silent ones both are offered a choice
// (renew, pause, end kindly). Pure, so the pages, the planner and the tests share one rule.
import { CHECK_IN_CADENCES, type CheckInCadence } from "./rules";

/** Two silent periods: one can be a busy week; two is a pattern worth talking about. */
export const SILENT_CYCLES_BEFORE_CHOICE = 2;

const DAY_MS = 86_400_000;

export type PairingActivity = {
  cadence: CheckInCadence;
  startedAt: Date;
  /** When one of them last renewed the agreement after a silence. */
  renewedAt: Date | null;
  pausedAt: Date | null;
  /** The latest report answered, comment or review held; null when none yet. */
  lastActivityAt: Date | null;
};

export type PairingHealth = { state: "paused"; pausedAt: Date } | { state: "active" | "needs-choice"; silentCycles: number; silentSince: Date };

export const cadenceDays = (cadence: CheckInCadence): number => CHECK_IN_CADENCES.find((option) => option.value === cadence)?.days ?? 7;

export function pairingHealth(activity: PairingActivity, now: Date): PairingHealth {
  if (activity.pausedAt) return { state: "paused", pausedAt: activity.pausedAt };
  const silentSince = new Date(Math.max(activity.startedAt.getTime(), activity.renewedAt?.getTime() ?? 0, activity.lastActivityAt?.getTime() ?? 0));
  const silentCycles = Math.max(0, Math.floor((now.getTime() - silentSince.getTime()) / (cadenceDays(activity.cadence) * DAY_MS)));
  return { state: silentCycles >= SILENT_CYCLES_BEFORE_CHOICE ? "needs-choice" : "active", silentCycles, silentSince };
}
