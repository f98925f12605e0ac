// Planners turn the current state of the database into ledger rows for emails that are due
// now. Each pass runs every planner before claiming rows. A planner must be idempotent (it
// enqueues through enqueueDelivery / ON CONFLICT DO NOTHING, so running it again, or in
// several processes at once, adds nothing), and must only enqueue rows that are due at `now`:
// nothing is planned ahead, so a changed deadline, time zone or preference takes effect at
// the next pass with nothing to re-plan.
import type { DbClient } from "@/lib/db";

export type DeliveryPlanner = (db: DbClient, now: Date) => Promise<number>;

const planners = new Map<string, DeliveryPlanner>();

export function registerPlanner(name: string, planner: DeliveryPlanner): void {
  planners.set(name, planner);
}

export function registeredPlanners(): [string, DeliveryPlanner][] {
  return [...planners.entries()];
}
