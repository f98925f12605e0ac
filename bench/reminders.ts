// The reminder benchmark, one measurement per process so each peak RSS is its own:
//   --mode product   N due reminders (N goals due in 7 days, owners' reminders at 00:00 UTC)
//                    planned and sent by one scheduler pass (drainDueEmails) to a local SMTP
//                    server that accepts and discards;
//   --mode ceiling   the same number of messages of the same size through the same transport
//                    (lib/email createEmailTransport: same pooling, same socket options) with no
//                    database: what nodemailer alone achieves against the same sink.
// --explain adds the plan of the claim query, taken with the N rows pending (product mode).
// Usage: tsx --conditions=react-server bench/reminders.ts --database-url URL --count 10000 --mode product [--explain]
// Prints one JSON line; bench/run.mjs collects it.
import type { AddressInfo, Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { SMTPServer } from "smtp-server";
import { localSmtpOptions } from "../scripts/local-smtp-options.mjs";

const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, mode: { type: "string", default: "product" }, explain: { type: "boolean", default: false }, "database-url": { type: "string" } },
});
const count = Number(values.count);
const mode = values.mode;
if (mode !== "product" && mode !== "ceiling") throw new Error("--mode must be product or ceiling");
const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
if (mode === "product" && !databaseUrl) throw new Error("--database-url or DATABASE_URL is required");

let received = 0;
let receivedBytes = 0;
const sink = new SMTPServer({
  ...localSmtpOptions(100),
  onData(stream, _session, callback) {
    stream.on("data", (chunk: Buffer) => (receivedBytes += chunk.length));
    stream.on("end", () => {
      received += 1;
      callback();
    });
  },
});
// The server side answers every command at once too, so neither end waits on delayed ACKs.
sink.server.on("connection", (socket: Socket) => socket.setNoDelay(true));
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
const smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
Object.assign(process.env, {
  DATABASE_URL: databaseUrl ?? "",
  SMTP_URL: smtpUrl,
  APP_URL: "https://stepwise.example",
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  REMINDER_TIMER: "off",
});

/** Peak RSS (every 20 ms) and peak V8 heap in use (every 100 ms: a fuller, costlier reading). */
function trackPeakMemory() {
  let rss = process.memoryUsage.rss();
  let heapUsed = process.memoryUsage().heapUsed;
  const rssTimer = setInterval(() => (rss = Math.max(rss, process.memoryUsage.rss())), 20);
  const heapTimer = setInterval(() => (heapUsed = Math.max(heapUsed, process.memoryUsage().heapUsed)), 100);
  return () => {
    clearInterval(rssTimer);
    clearInterval(heapTimer);
    return { rss: Math.max(rss, process.memoryUsage.rss()), heapUsed };
  };
}
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function runProduct() {
  const { getDb, closeDatabase, Prisma } = await import("../lib/db/index");
  const { drainDueEmails } = await import("../lib/reminders/drain");
  const { planDueEmails } = await import("../lib/reminders/deliver-due");
  const { claimStatement } = await import("../lib/reminders/ledger");
  const { closeEmailTransport } = await import("../lib/email/index");
  const db = await getDb();

  const owners = Math.ceil(count / 10);
  const label = `bench-${Date.now().toString(36)}`;
  await db.$executeRaw`
    INSERT INTO "User" ("id", "email", "name", "emailVerifiedAt", "createdAt", "reminderHour", "reminderOffsetsDays")
    SELECT md5(${label} || '-' || i)::uuid, ${label} || '-' || i || '@example.test', 'Person ' || i, now() - interval '1 year', now() - interval '1 year', 0, '{7}'
    FROM generate_series(1, ${owners}::int) AS i`;
  await db.$executeRaw`
    INSERT INTO "Goal" ("ownerId", "title", "category", "horizonYears", "deadline", "createdAt")
    SELECT md5(${label} || '-' || (1 + (g - 1) / 10))::uuid, 'Goal ' || g, 'KNOWLEDGE', 1, (now() AT TIME ZONE 'UTC')::date + 7, now() - interval '1 year'
    FROM generate_series(1, ${count}::int) AS g`;
  await db.$executeRaw`ANALYZE`;

  let claimPlan: string[] | undefined;
  if (values.explain) {
    // Planned first (as the pass would), then the claim is explained with every row pending,
    // inside a transaction that is rolled back so the measured pass starts from the same state.
    await planDueEmails(new Date());
    await db.$executeRaw`ANALYZE "EmailDelivery"`;
    claimPlan = await db
      .$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${claimStatement({ now: new Date(), limit: 200 })}`);
        throw Object.assign(new Error("rollback"), { plan: rows.map((row) => row["QUERY PLAN"]) });
      })
      .catch((error: { plan?: string[] }) => {
        if (!error.plan) throw error;
        return error.plan;
      });
  }

  const rssBefore = process.memoryUsage.rss();
  const stop = trackPeakMemory();
  const started = performance.now();
  // One pass works through the whole backlog; the budget only guards against a runaway bench.
  const summary = await drainDueEmails({ maxBatches: Infinity, budgetMs: 30 * 60_000 });
  const seconds = (performance.now() - started) / 1000;
  const peak = stop();
  closeEmailTransport();
  await closeDatabase();
  return { seconds, sent: summary.sent, planned: summary.planned, batches: summary.batches, rssBeforeMb: mb(rssBefore), peakRssMb: mb(peak.rss), peakHeapUsedMb: mb(peak.heapUsed), claimPlan };
}

async function runCeiling() {
  const { createEmailTransport, deadlineReminderMessage } = await import("../lib/email/index");
  const { unsubscribeParts } = await import("../lib/unsubscribe/links");
  const transport = createEmailTransport({ SMTP_URL: smtpUrl, DATA_DIR: ".data", EMAIL_FROM: "Stepwise <no-reply@stepwise.example>" });
  // One real deadline reminder, rendered once: the product's message, without the database.
  const { headers, unsubscribe } = unsubscribeParts("00000000-0000-4000-8000-000000000001", "deadline");
  const content = deadlineReminderMessage({
    name: "Person 1",
    subject: { kind: "goal", title: "Goal 1" },
    deadlineLabel: "Saturday, November 28, 2026",
    offset: 7,
    openSteps: 0,
    url: "https://stepwise.example/goals/00000000-0000-4000-8000-000000000002",
    unsubscribe,
  });
  const rssBefore = process.memoryUsage.rss();
  const stop = trackPeakMemory();
  const started = performance.now();
  let next = 0;
  // As many messages in flight as the product pass keeps (SMTP_POOL_SIZE senders per process).
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      while (next < count) {
        next += 1;
        await transport.send({ ...content, headers, to: `ceiling-${next}@example.test` });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const peak = stop();
  transport.close();
  return { seconds, sent: count, rssBeforeMb: mb(rssBefore), peakRssMb: mb(peak.rss), peakHeapUsedMb: mb(peak.heapUsed) };
}

const result = mode === "product" ? await runProduct() : await runCeiling();
await new Promise<void>((resolve) => sink.close(() => resolve()));
console.log(
  JSON.stringify({
    mode,
    count,
    ...result,
    perSecond: result.sent / result.seconds,
    /** Messages the sink accepted: equal to count when nothing was lost or doubled. */
    received,
    averageMessageBytes: received ? Math.round(receivedBytes / received) : 0,
  }),
);
process.exit(0);
