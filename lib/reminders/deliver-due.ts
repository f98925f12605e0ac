// One scheduler pass: run the planners (which add ledger rows for whatever is due now), then
// claim a bounded batch of due rows, render each from the current state (or skip it), send,
// and record the outcome.
import { getDb } from "@/lib/db";
import { sendEmail } from "@/lib/email";
import { claimDueDeliveries, markFailedAttempt, markSent, markSkipped, type ClaimedDelivery } from "./ledger";
import type { DbClient } from "@/lib/db";
import { rendererFor } from "./renderers";
import { registeredPlanners } from "./planners";
import "./register-renderers";

export const BATCH_SIZE = 200;
/** Messages in flight at once within a pass: nodemailer's default pool size. */
export const SEND_CONCURRENCY = 5;

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

/** `onlyId` sends one row that was just queued (see deliver-soon.ts) and plans nothing. */
export async function deliverDueEmails(options: { now?: Date; limit?: number; onlyId?: string } = {}): Promise<PassSummary> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const planned = options.onlyId ? 0 : await planDueEmails(now);
  const claimed = await claimDueDeliveries(db, { now, limit: options.limit ?? BATCH_SIZE, onlyId: options.onlyId });
  const summary: PassSummary = { planned, sent: 0, skipped: 0, failed: 0, retrying: 0 };
  // The SMTP transport pools SEND_CONCURRENCY connections; one message at a time would leave
  // all but one idle and bound a pass by one round trip per email.
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) {
      const delivery = claimed[next++] as ClaimedDelivery;
      summary[await deliverOne(db, delivery, now)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, claimed.length) }, worker));
  return summary;
}

/** Renders, sends and records one claimed row; returns which counter it adds to. */
async function deliverOne(db: DbClient, delivery: ClaimedDelivery, now: Date): Promise<"sent" | "skipped" | "failed" | "retrying"> {
  const render = rendererFor(delivery.kind);
  if (!render) {
    await markSkipped(db, delivery.id, `no renderer for kind ${delivery.kind}`);
    return "skipped";
  }
  let message;
  try {
    message = await render(db, delivery);
  } catch (error) {
    console.error("[email] rendering failed", { id: delivery.id, kind: delivery.kind, error });
    return (await markFailedAttempt(db, delivery, error, now)) === "failed" ? "failed" : "retrying";
  }
  if (!message) {
    await markSkipped(db, delivery.id, "no longer applies");
    return "skipped";
  }
  try {
    await sendEmail(message);
  } catch (error) {
    const outcome = await markFailedAttempt(db, delivery, error, now);
    if (outcome === "failed") console.error("[email] giving up", { id: delivery.id, kind: delivery.kind, error: (error as Error).message });
    return outcome === "failed" ? "failed" : "retrying";
  }
  await markSent(db, delivery.id, now);
  return "sent";
}
