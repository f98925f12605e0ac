// One scheduler pass: run the planners (which add ledger rows for whatever is due now), then
// claim a bounded batch of due rows, render each from the current state (or skip it), send,
// and record the outcome.
import "server-only";
import { getDb } from "@/lib/db";
import { claimDueDeliveries, markFailedAttempt, markSkipped, type ClaimedDelivery } from "./ledger";
import { renderClaimedBatch, type RenderOutcome } from "./renderers";
import { sendDeadline, submitForSending, type SendJob } from "./sender";
import { registeredPlanners } from "./planners";
import "./register-renderers";

export const BATCH_SIZE = 200;

/** `released`: claimed but given back unsent because the pass ran out of time. */
export type PassSummary = { planned: number; sent: number; skipped: number; failed: number; retrying: number; released: number };

/** Runs every planner; one that fails is logged and the others (and sending) go on. */
export async function planDueEmails(now: Date): Promise<number> {
  const db = await getDb();
  let planned = 0;
  for (const [name, plan] of registeredPlanners()) {
    try {
      planned += await plan(db, now);
    } catch (error) {
      console.error("[reminders] planner failed", { planner: name, error });
    }
  }
  return planned;
}

export type BatchSummary = Omit<PassSummary, "planned"> & { claimed: number };

/** One pass: plan, then send one batch. `onlyId` sends one row that was just queued (see deliver-soon.ts) and plans nothing. */
export async function deliverDueEmails(options: { now?: Date; limit?: number; onlyId?: string } = {}): Promise<PassSummary> {
  const now = options.now ?? new Date();
  const planned = options.onlyId ? 0 : await planDueEmails(now);
  const { claimed: _claimed, ...sentSummary } = await sendPreparedBatch(await prepareBatch({ now, limit: options.limit, onlyId: options.onlyId }), { urgent: options.onlyId !== undefined });
  return { planned, ...sentSummary };
}

/** A claimed batch, rendered from the current state and ready to send. */
export type PreparedBatch = { claimed: ClaimedDelivery[]; rendered: Map<string, RenderOutcome>; now: Date; claimedAt: number };

/** Claims one bounded batch of due rows and renders it; plans nothing. */
export async function prepareBatch(options: { now: Date; limit?: number; onlyId?: string }): Promise<PreparedBatch> {
  const db = await getDb();
  const claimedAt = Date.now();
  const claimed = await claimDueDeliveries(db, { now: options.now, limit: options.limit ?? BATCH_SIZE, onlyId: options.onlyId });
  return { claimed, rendered: claimed.length > 0 ? await renderClaimedBatch(db, claimed) : new Map(), now: options.now, claimedAt };
}

/**
 * Sends a prepared batch through the process's senders (./sender.ts) and records every outcome.
 * With a `deadline` (real time), it answers by then whatever the mail server does: rows no sender
 * has started are released for the next pass, and sends in flight finish (or time out) on their
 * own and record their outcome then.
 */
export async function sendPreparedBatch({ claimed, rendered, now, claimedAt }: PreparedBatch, options: { deadline?: number; urgent?: boolean } = {}): Promise<BatchSummary> {
  const db = await getDb();
  const summary: BatchSummary = { claimed: claimed.length, sent: 0, skipped: 0, failed: 0, retrying: 0, released: 0 };
  const jobs: SendJob[] = [];
  for (const delivery of claimed) {
    const outcome = rendered.get(delivery.id);
    if (!outcome) {
      await markSkipped(db, delivery.id, `no renderer for kind ${delivery.kind}`);
      summary.skipped += 1;
    } else if ("error" in outcome) {
      console.error("[email] rendering failed", { id: delivery.id, kind: delivery.kind, error: outcome.error });
      summary[(await markFailedAttempt(db, delivery, outcome.error, now)) === "failed" ? "failed" : "retrying"] += 1;
    } else if (!outcome.message) {
      await markSkipped(db, delivery.id, "no longer applies");
      summary.skipped += 1;
    } else {
      jobs.push({ delivery, message: outcome.message, now, startBy: sendDeadline(claimedAt), urgent: options.urgent });
    }
  }
  if (jobs.length === 0) return summary;
  const sending = submitForSending(db, jobs);
  const outcomes = await settleBy(sending.outcomes, options.deadline);
  if (!outcomes) {
    summary.released += await sending.withdraw();
    // Counted when they settle; those still in flight are neither sent nor failed yet.
    return summary;
  }
  for (const outcome of outcomes) summary[outcome] += 1;
  return summary;
}

/** The promise's value, or null when the deadline (real time) comes first. */
async function settleBy<T>(promise: Promise<T>, deadline: number | undefined): Promise<T | null> {
  if (deadline === undefined) return promise;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))));
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
