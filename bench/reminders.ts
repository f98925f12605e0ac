// The reminder benchmark: N due reminders planned and sent by scheduler passes to a local SMTP
// server that accepts and discards, against the ceiling of nodemailer sending the same number
// of messages to the same server with the same pooling and no database. Also reports the peak
// RSS of each run. Usage: tsx bench/reminders.ts --count 10000 [--passes 1]
// Prints one JSON line; bench/run.mjs collects it.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

const { values } = parseArgs({ options: { count: { type: "string", default: "10000" }, passes: { type: "string", default: "1" }, "database-url": { type: "string" } } });
const count = Number(values.count);
const passes = Math.max(1, Number(values.passes));
const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("--database-url or DATABASE_URL is required");

let received = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  closeTimeout: 100,
  onData(stream, _session, callback) {
    stream.on("end", () => {
      received += 1;
      callback();
    });
    stream.resume();
  },
});
// Without this, small SMTP replies wait for delayed ACKs (~40 ms a message), and the benchmark
// would measure the kernel's timers rather than the sender.
sink.server.on("connection", (socket: import("node:net").Socket) => socket.setNoDelay(true));
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
const smtpUrl = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
Object.assign(process.env, { DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, APP_URL: "https://stepwise.example", AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123", REMINDER_TIMER: "off" });

function trackPeakRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

const { getDb, closeDatabase } = await import("../lib/db/index");
const { drainDueEmails } = await import("../lib/reminders/drain");
const { closeEmailTransport } = await import("../lib/email/index");
const db = await getDb();

// Owners in UTC with reminders at 00:00, each goal due in 7 days: all N reminders are due now.
const now = new Date();
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

const stopProduct = trackPeakRss();
const started = performance.now();
const runs = await Promise.all(Array.from({ length: passes }, () => drainDueEmails({ now })));
const productSeconds = (performance.now() - started) / 1000;
const productRss = stopProduct();
const sent = runs.reduce((sum, run) => sum + run.sent, 0);
closeEmailTransport();
await closeDatabase();

// The ceiling: the same number of messages of the same shape, through the same pooled transport.
const transporter = nodemailer.createTransport(`${smtpUrl}?pool=true`);
const sample = { from: "Stepwise <no-reply@stepwise.example>", subject: "“Goal 1” is due in 7 days", text: "x".repeat(600), html: `<p>${"x".repeat(3000)}</p>`, headers: { "List-Unsubscribe": "<https://stepwise.example/api/unsubscribe/token>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
const stopCeiling = trackPeakRss();
const ceilingStart = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: 5 }, async () => {
    while (next < count) {
      next += 1;
      await transporter.sendMail({ ...sample, to: `ceiling-${next}@example.test` });
    }
  }),
);
const ceilingSeconds = (performance.now() - ceilingStart) / 1000;
const ceilingRss = stopCeiling();
transporter.close();
await new Promise<void>((resolve) => sink.close(() => resolve()));

console.log(
  JSON.stringify({
    count,
    passes,
    sent,
    /** Messages the sink accepted in both runs: 2 × count when nothing was lost or doubled. */
    received,
    product: { seconds: productSeconds, perSecond: sent / productSeconds, peakRssMb: productRss / 2 ** 20 },
    ceiling: { seconds: ceilingSeconds, perSecond: count / ceilingSeconds, peakRssMb: ceilingRss / 2 ** 20 },
    ratio: sent / productSeconds / (count / ceilingSeconds),
  }),
);
process.exit(0);
