// Three `next start` instances on one PostgreSQL behave as one: what one instance does, the
// others see, because sessions (JWT signed with the shared AUTH_SECRET, checked against the
// user's sessionVersion in the database), rate limits (the RateLimit table), the delivery
// ledger (claims with FOR UPDATE SKIP LOCKED) and review edits (versioned rows) live in the
// database and nothing in process memory. The scenarios are shared with the PgBouncer spec
// (e2e/support/across-instances.ts).
import { expect, test } from "@playwright/test";
import { rateLimitCountsEveryInstance, remindersArriveOnce, sessionsAndChangesHold } from "./support/across-instances";
import { createScratchDatabase, extraPort, startInstance, type Instance, type ScratchDatabase } from "./support/instances";

const DUE_REMINDERS = 450;

let database: ScratchDatabase;
let instances: Instance[] = [];

/** Instance n (1-based), as a string to prefix paths with. */
const on = (n: 1 | 2 | 3): string => (instances[n - 1] as Instance).url;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createScratchDatabase("scale");
  const first = `http://127.0.0.1:${extraPort(1)}`;
  // Started together on an empty database: their migrations serialise on an advisory lock.
  const started = await Promise.allSettled(
    [1, 2, 3].map((n) =>
      startInstance({
        port: extraPort(n),
        databaseUrl: database.url,
        smtpUrl: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`,
        // One public address for all three, as behind a load balancer.
        appUrl: first,
      }),
    ),
  );
  instances = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
});

test.afterAll(async () => {
  const exits = await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
  // The graceful shutdown, three times over.
  expect(exits.map((exit) => exit.code)).toEqual(instances.map(() => 0));
});

test("sign up on one instance, confirm on another, sign in on a third: every instance honours the session and sees every change", async ({ browser }) => {
  test.setTimeout(90_000);
  await sessionsAndChangesHold(browser, on, {
    name: "Dorothy Vaughan",
    prefix: "scale",
    goal: { title: "Lead the platform team's migration to the new stack", area: "Power and responsibility", deadline: `${new Date().getFullYear() + 3}-06-30` },
  });
});

test("a rate limit counts the attempts made on all three instances", async ({ browser }) => {
  test.setTimeout(90_000);
  await rateLimitCountsEveryInstance(browser, on, "scale-limit");
});

test(`reminder passes on all three at once, round after round: each of ${DUE_REMINDERS} emails arrives exactly once`, async () => {
  test.setTimeout(90_000);
  const { rounds, sentBy } = await remindersArriveOnce(database, instances, "scale", DUE_REMINDERS);
  console.info(`[scale-out] ${DUE_REMINDERS} reminders in ${rounds} rounds of 3 concurrent passes; sent per instance: ${sentBy.join(", ")}`);
  expect(sentBy.filter((sent) => sent > 0).length, `sent per instance: ${sentBy.join(", ")}`).toBeGreaterThan(1);
});
