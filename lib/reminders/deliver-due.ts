// One scheduler pass: run the planners (which add ledger rows for whatever is due now), then
// claim a bounded batch of due rows, render each from the current state (or skip it), send,
// and record the outcome.
import "server-only";
import { getDb } from "@/lib/db";
import { sendEmail } from "@/lib/email";
import { claimDueDeliveries, markFailedAttempt, markSentMany, markSkipped, type ClaimedDelivery } from "./ledger";
import type { DbClient } from "@/lib/db";
import { renderClaimedBatch, type RenderOutcome } from "./renderers";
import { registeredPlanners } from "./planners";
import "./register-renderers";

export const BATCH_SIZE = 200;
/** Messages in flight at once within a pass: nodemailer's default pool size. */
export const SEND_CONCURRENCY = 5;
/**
 * Sent rows are marked SENT in groups of this many (and at the end of the batch): one UPDATE
 * instead of one per message. The cost is the crash window: if the process dies after the SMTP
 * server accepted a message but before its group was marked, that message is sent again when
 * the lease ends, so at most this many plus SEND_CONCURRENCY duplicates, and only on a crash.
 */
export const MARK_SENT_EVERY = 20;

export type PassSummary = { planned: number; sent: number; skipped: number; failed: number; retrying: number };

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
  const { claimed: _claimed, ...sentSummary } = await sendPreparedBatch(await prepareBatch({ now, limit: options.limit, onlyId: options.onlyId }));
  return { planned, ...sentSummary };
}

/** A claimed batch, rendered from the current state and ready to send. */
export type PreparedBatch = { claimed: ClaimedDelivery[]; rendered: Map<string, RenderOutcome>; now: Date };

/** Claims one bounded batch of due rows and renders it; plans nothing. */
export async function prepareBatch(options: { now: Date; limit?: number; onlyId?: string }): Promise<PreparedBatch> {
  const db = await getDb();
  const claimed = await claimDueDeliveries(db, { now: options.now, limit: options.limit ?? BATCH_SIZE, onlyId: options.onlyId });
  return { claimed, rendered: claimed.length > 0 ? await renderClaimedBatch(db, claimed) : new Map(), now: options.now };
}

/** Sends a prepared batch and records every outcome. */
export async function sendPreparedBatch({ claimed, rendered, now }: PreparedBatch): Promise<BatchSummary> {
  const db = await getDb();
  const summary: BatchSummary = { claimed: claimed.length, sent: 0, skipped: 0, failed: 0, retrying: 0 };
  let unmarked: string[] = [];
  const marking: Promise<void>[] = [];
  const markSent = () => {
    const ids = unmarked;
    unmarked = [];
    // Not awaited by the worker, so its SMTP connection does not idle during the UPDATE.
    if (ids.length > 0) marking.push(markSentMany(db, ids, now));
  };
  // The SMTP transport pools SEND_CONCURRENCY connections; one message at a time would leave
  // all but one idle and bound a pass by one round trip per email.
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) {
      const delivery = claimed[next++] as ClaimedDelivery;
      const outcome = await deliverOne(db, delivery, rendered.get(delivery.id), now);
      if (outcome === "sent") {
        unmarked.push(delivery.id);
        if (unmarked.length >= MARK_SENT_EVERY) markSent();
      }
      summary[outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, claimed.length) }, worker));
  markSent();
  await Promise.all(marking);
  return summary;
}

/** Sends one rendered row, or records why not; a sent row is marked by the caller. */
async function deliverOne(db: DbClient, delivery: ClaimedDelivery, rendered: RenderOutcome | undefined, now: Date): Promise<"sent" | "skipped" | "failed" | "retrying"> {
  if (!rendered) {
    await markSkipped(db, delivery.id, `no renderer for kind ${delivery.kind}`);
    return "skipped";
  }
  if ("error" in rendered) {
    console.error("[email] rendering failed", { id: delivery.id, kind: delivery.kind, error: rendered.error });
    return (await markFailedAttempt(db, delivery, rendered.error, now)) === "failed" ? "failed" : "retrying";
  }
  if (!rendered.message) {
    await markSkipped(db, delivery.id, "no longer applies");
    return "skipped";
  }
  try {
    await sendEmail(rendered.message);
  } catch (error) {
    const outcome = await markFailedAttempt(db, delivery, error, now);
    if (outcome === "failed") console.error("[email] giving up", { id: delivery.id, kind: delivery.kind, error: (error as Error).message });
    return outcome === "failed" ? "failed" : "retrying";
  }
  return "sent";
}
