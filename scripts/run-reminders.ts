// `npm run reminders:run`: scheduler passes from the command line, for a system cron that
// would rather not call HTTP (see README "Scheduler"). Runs until nothing is due and prints
// a JSON summary. Safe next to the app and other runs: rows are claimed with SKIP LOCKED.
//
//   --concurrency N   passes at once in this process (default 1)
//   --limit N         rows per batch (default 200)
//   --now ISO         pretend it is this instant (tests and replays)
//   --budget-ms N     stop claiming after this long and answer by N + 5 s (default 240000,
//                     under a 5-minute cron interval), even when the mail server hangs
import { parseArgs } from "node:util";
import { closeDatabase } from "../lib/db/index";
import { closeEmailTransport } from "../lib/email/index";
import { drainDueEmails } from "../lib/reminders/drain";

const { values } = parseArgs({ options: { concurrency: { type: "string", default: "1" }, limit: { type: "string", default: "200" }, now: { type: "string" }, "budget-ms": { type: "string", default: "240000" } } });
const budgetMs = Math.max(1, Number(values["budget-ms"]));
const concurrency = Math.max(1, Number(values.concurrency));
const limit = Math.max(1, Number(values.limit));
const now = values.now ? new Date(values.now) : undefined;
if (now && Number.isNaN(now.getTime())) {
  console.error("--now must be an ISO date-time");
  process.exit(2);
}

try {
  console.log("ready");
  const runs = await Promise.all(Array.from({ length: concurrency }, () => drainDueEmails({ now, limit, budgetMs })));
  const total = runs.reduce((sum, run) => ({
    batches: sum.batches + run.batches,
    planned: sum.planned + run.planned,
    sent: sum.sent + run.sent,
    skipped: sum.skipped + run.skipped,
    failed: sum.failed + run.failed,
    retrying: sum.retrying + run.retrying,
    released: sum.released + run.released,
    webhooks: { sent: sum.webhooks.sent + run.webhooks.sent, retrying: sum.webhooks.retrying + run.webhooks.retrying, failed: sum.webhooks.failed + run.webhooks.failed, paused: sum.webhooks.paused + run.webhooks.paused },
  }));
  console.log(JSON.stringify(total));
} finally {
  closeEmailTransport();
  await closeDatabase();
}
