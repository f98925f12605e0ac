// A scheduler pass that works through a backlog: plan once, then claim and send batches until
// nothing is due, the time budget is spent, or the caller asks it to stop (shutdown). What the
// cron route, the in-process timer, the CLI and the tests run.
//
// Planning once matters: a planner is one INSERT ... SELECT over every due subject, so planning
// before each batch of 200 made a backlog of 100,000 cost 500 planning statements.
import "server-only";
import { getDb } from "@/lib/db";
import { BATCH_SIZE, planDueEmails, prepareBatch, sendPreparedBatch, type PassSummary, type PreparedBatch } from "./deliver-due";
import { releaseClaims } from "./ledger";
import { deliverDueWebhooks, type WebhookPassSummary } from "@/lib/webhooks/deliver";

async function releaseBatch(batch: PreparedBatch): Promise<void> {
  await releaseClaims(
    await getDb(),
    batch.claimed.map((delivery) => delivery.id),
  );
}

/**
 * How long one cron call or timer tick keeps claiming batches: under the 30 s that proxies and
 * serverless platforms commonly allow a request, and under the timer's one-minute interval.
 * A larger backlog is left for the next call (the response reports what is pending).
 */
export const PASS_BUDGET_MS = 20_000;
/**
 * A pass with a budget answers by budget + this, even when the mail server hangs: what it has
 * not started sending by then is released for the next pass (sends in flight end on their own
 * timeouts and record their outcome).
 */
export const PASS_ANSWER_MARGIN_MS = 5_000;

export type DrainSummary = PassSummary & { batches: number; webhooks: WebhookPassSummary };

export type DrainOptions = {
  /** Pretend it is this instant (tests and replays); otherwise each batch uses the clock. */
  now?: Date;
  limit?: number;
  maxBatches?: number;
  /** Stop claiming new batches after this long, and answer by budget + PASS_ANSWER_MARGIN_MS. */
  budgetMs?: number;
  /** True: stop claiming new batches (graceful shutdown); the batch in hand still finishes. */
  shouldStop?: () => boolean;
};

export async function drainDueEmails(options: DrainOptions = {}): Promise<DrainSummary> {
  const started = Date.now();
  const deadline = options.budgetMs === undefined ? undefined : started + options.budgetMs + PASS_ANSWER_MARGIN_MS;
  const planned = await planDueEmails(options.now ?? new Date());
  // Webhooks (planned above with the emails) go out alongside, on their own connections and
  // deadline, so a slow mail server does not hold up a chat message or the other way round.
  const webhooks = deliverDueWebhooks({ now: options.now, deadline, shouldStop: options.shouldStop });
  webhooks.catch(() => {});
  const total: Omit<DrainSummary, "webhooks"> = { batches: 0, planned, sent: 0, skipped: 0, failed: 0, retrying: 0, released: 0 };
  const maxBatches = options.maxBatches ?? 1000;
  const mayClaimMore = () => total.batches < maxBatches && !options.shouldStop?.() && Date.now() - started < (options.budgetMs ?? Infinity);
  const prepare = () => {
    const batch = prepareBatch({ now: options.now ?? new Date(), limit: options.limit ?? BATCH_SIZE });
    // Awaited on the next turn; this only keeps a failure meanwhile from counting as unhandled.
    batch.catch(() => {});
    return batch;
  };
  // The next batch is claimed and rendered while this one is being sent, so the SMTP pool does
  // not sit idle between batches. A batch that was claimed is sent even if the pass is asked to
  // stop meanwhile, unless the deadline comes first (its unsent rows are then released).
  let upcoming: Promise<PreparedBatch> | null = mayClaimMore() ? prepare() : null;
  while (upcoming) {
    const batch = await upcoming;
    total.batches += 1;
    if (batch.claimed.length === 0) break;
    upcoming = mayClaimMore() ? prepare() : null;
    const summary = await sendPreparedBatch(batch, { deadline });
    for (const key of ["sent", "skipped", "failed", "retrying", "released"] as const) total[key] += summary[key];
    if (deadline !== undefined && Date.now() >= deadline) {
      // Out of time: give back the batch claimed meanwhile, unsent.
      if (upcoming) await releaseBatch(await upcoming);
      break;
    }
  }
  return { ...total, webhooks: await webhooks };
}
