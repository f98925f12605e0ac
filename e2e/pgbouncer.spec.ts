// Scale-out through PgBouncer: three `next start` instances whose DATABASE_URL is one PgBouncer
// (Debian's package, 1.18: no named prepared statements) in transaction-pooling mode with a
// server pool of 3, so twelve client connections take turns on three server connections and
// consecutive statements of one request may land on different ones. Nothing may rely on session
// state: migrations (a transaction-level advisory lock; instance 3 migrates over
// DATABASE_DIRECT_URL as the README advises, 1 and 2 through PgBouncer), sessions, rate limits
// and the reminder ledger's claims must all hold, and every request and email be handled once.
import { expect, test } from "@playwright/test";
import { findPgBouncer, startThrowawayPgBouncer, type PoolRow } from "../scripts/pgbouncer-throwaway.mjs";
import { rateLimitCountsEveryInstance, remindersArriveOnce, sessionsAndChangesHold } from "./support/across-instances";
import { createScratchDatabase, extraPort, startInstance, type Instance, type ScratchDatabase } from "./support/instances";

const SERVER_POOL_SIZE = 3;
const DUE_REMINDERS = 300;

type PgBouncer = Awaited<ReturnType<typeof startThrowawayPgBouncer>>;

let pgBouncerMissing: string | undefined;
try {
  findPgBouncer();
} catch (error) {
  pgBouncerMissing = (error as Error).message;
}

let database: ScratchDatabase;
let bouncer: PgBouncer | undefined;
let instances: Instance[] = [];
/** SHOW POOLS for the scratch database, sampled while the tests run. */
const samples: PoolRow[] = [];
let sampler: NodeJS.Timeout | undefined;

const on = (n: 1 | 2 | 3): string => (instances[n - 1] as Instance).url;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  if (pgBouncerMissing) {
    // CI installs pgbouncer (.ci/run): there, a missing binary is a failure, not a skip.
    if (process.env.CI) throw new Error(`The PgBouncer scenario must run in CI: ${pgBouncerMissing}`);
    console.warn(`\n!!! PgBouncer scenario SKIPPED: ${pgBouncerMissing} !!!\n`);
    test.skip(true, pgBouncerMissing);
    return;
  }
  test.setTimeout(120_000);
  database = await createScratchDatabase("bouncer");
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  bouncer = await startThrowawayPgBouncer({ upstreamUrl: adminUrl, poolSize: SERVER_POOL_SIZE });
  const databaseName = new URL(database.url).pathname.slice(1);
  const pgBouncer = bouncer;
  sampler = setInterval(() => {
    pgBouncer.showPools().then(
      (rows) => samples.push(...rows.filter((row) => row.database === databaseName)),
      () => {},
    );
  }, 100);

  const pooledUrl = bouncer.viaPgBouncer(database.url);
  const first = `http://127.0.0.1:${extraPort(31)}`;
  // Started together on an empty database, so their migrations meet on the advisory lock.
  const started = await Promise.allSettled(
    ([1, 2, 3] as const).map((n) =>
      startInstance({
        port: extraPort(30 + n),
        databaseUrl: pooledUrl,
        smtpUrl: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`,
        appUrl: first,
        env: n === 3 ? { DATABASE_DIRECT_URL: database.url } : {},
      }),
    ),
  );
  instances = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
});

// A failure here is usually told in an instance's or PgBouncer's own log.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [index, instance] of instances.entries()) {
    await testInfo.attach(`instance-${index + 1}.log`, { body: instance.output(), contentType: "text/plain" });
  }
  if (bouncer) await testInfo.attach("pgbouncer.log", { body: bouncer.output(), contentType: "text/plain" });
  await testInfo.attach("show-pools.json", { body: JSON.stringify(samples.slice(-50), null, 1), contentType: "application/json" });
});

test.afterAll(async () => {
  clearInterval(sampler);
  const exits = await Promise.all(instances.map((instance) => instance.stop()));
  await bouncer?.stop();
  await database?.drop();
  expect(exits.map((exit) => exit.code)).toEqual(instances.map(() => 0));
});

test("migrated once by three instances starting together, one over DATABASE_DIRECT_URL", async () => {
  const rows = await database.query<{ migration_name: string; n: number }>(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name`);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((row) => row.n !== 1)).toEqual([]);
  const migratedBy = instances.filter((instance) => instance.output().includes("[db] applied migrations:"));
  expect(migratedBy, "exactly one instance applied the migrations").toHaveLength(1);
});

test("sign up on one instance, confirm on another, sign in on a third: sessions and changes hold across instances", async ({ browser }) => {
  test.setTimeout(90_000);
  await sessionsAndChangesHold(browser, on, {
    name: "Katherine Johnson",
    prefix: "bouncer",
    goal: { title: "Run the regional engineering meetup", area: "Make a difference in my field", deadline: `${new Date().getFullYear() + 2}-09-30` },
  });
});

test("a rate limit counts the attempts made on all three instances", async ({ browser }) => {
  // Thirteen sign-ins, each hashing a password (scrypt): slow on a busy machine.
  test.setTimeout(180_000);
  await rateLimitCountsEveryInstance(browser, on, "bouncer-limit", { timeout: 30_000 });
});

test(`reminder passes on all three at once: each of ${DUE_REMINDERS} emails arrives exactly once`, async () => {
  test.setTimeout(90_000);
  const { rounds, sentBy } = await remindersArriveOnce(database, instances, "bouncer", DUE_REMINDERS);
  console.info(`[pgbouncer] ${DUE_REMINDERS} reminders in ${rounds} rounds of 3 concurrent passes; sent per instance: ${sentBy.join(", ")}`);
});

test("all of it went through PgBouncer, never more than its server pool at once", async () => {
  const servers = (row: PoolRow) => row.serversActive + row.serversIdle + row.serversUsed + row.serversTested + row.serversLogin;
  const clients = (row: PoolRow) => row.clientsActive + row.clientsWaiting;
  expect(samples.length, "SHOW POOLS was sampled").toBeGreaterThan(10);
  const mostServers = Math.max(...samples.map(servers));
  const mostClients = Math.max(...samples.map(clients));
  const mostWaiting = Math.max(...samples.map((row) => row.clientsWaiting));
  console.info(`[pgbouncer] ${samples.length} samples: at most ${mostClients} client connections on ${mostServers} server connections, ${mostWaiting} waiting`);
  expect(mostServers).toBeGreaterThan(0);
  expect(mostServers).toBeLessThanOrEqual(SERVER_POOL_SIZE);
  // More clients than server connections: they really took turns.
  expect(mostClients).toBeGreaterThan(SERVER_POOL_SIZE);
});
