// Runs passes until one claims nothing: what a cron call does when a backlog is bigger than a
// batch, and what the CLI and the tests use.
import { deliverDueEmails, type PassSummary } from "./deliver-due";

export type DrainSummary = PassSummary & { passes: number };

export async function drainDueEmails(options: { now?: Date; limit?: number; maxPasses?: number } = {}): Promise<DrainSummary> {
  const total: DrainSummary = { passes: 0, planned: 0, sent: 0, skipped: 0, failed: 0, retrying: 0 };
  for (let pass = 0; pass < (options.maxPasses ?? 1000); pass += 1) {
    const summary = await deliverDueEmails({ now: options.now, limit: options.limit });
    total.passes += 1;
    for (const key of ["planned", "sent", "skipped", "failed", "retrying"] as const) total[key] += summary[key];
    if (summary.sent + summary.skipped + summary.failed + summary.retrying === 0) break;
  }
  return total;
}
