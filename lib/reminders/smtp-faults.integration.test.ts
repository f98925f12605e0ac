// Delivery under real mail-server faults, with a real PostgreSQL and a real SMTP server behind a
// fault-injecting proxy (test/integration/faulty-smtp.ts): connections refused, a server that
// never greets, one that stalls mid-DATA. However long the fault lasts and however many sends it
// fails, no pass hangs, nothing is lost or sent twice, and mail flows again without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/config/env";
import { closeEmailTransport, sendEmail } from "@/lib/email";
import { signUp } from "@/lib/account/sign-up";
import { setupAccountHarness, uniqueEmail, uniqueIp } from "@/test/integration/account-harness";
import { startFaultySmtp, type FaultMode, type FaultySmtp } from "@/test/integration/faulty-smtp";
import { drainDueEmails, PASS_ANSWER_MARGIN_MS } from "./drain";
import { enqueueDelivery } from "./ledger";
import { registerRenderer } from "./renderers";
import { SMTP_POOL_SIZE } from "@/lib/email/transport";

const { db, mail } = setupAccountHarness();
const KIND = "test-fault-ping";
registerRenderer(KIND, async (_db, delivery) => ({ to: delivery.recipientEmail, subject: `Ping ${delivery.dueKey}`, text: "ping", html: "<p>ping</p>" }));

// Short bounds so a fault costs the test milliseconds, not the production defaults' seconds.
const TIMEOUTS = "connectionTimeout=500&greetingTimeout=500&socketTimeout=700&sendTimeout=2000&cooldown=100";
const BUDGET_MS = 1_500;
// Four passes of up to budget + margin each while the server is down, then the recovery.
const OUTAGE_TEST_TIMEOUT_MS = 120_000;

let proxy: FaultySmtp;

beforeAll(async () => {
  const target = new URL(mail().url);
  proxy = await startFaultySmtp({ host: target.hostname, port: Number(target.port) });
  process.env.SMTP_URL = proxy.url(TIMEOUTS);
  resetEnvCache();
  closeEmailTransport();
});

afterAll(async () => {
  closeEmailTransport();
  await proxy.close();
});

async function enqueue(count: number, prefix: string, dueAt: Date): Promise<string[]> {
  const recipients = Array.from({ length: count }, (_, index) => `${prefix}-${index}@example.test`);
  for (const [index, recipientEmail] of recipients.entries()) {
    await enqueueDelivery(db.prisma, { kind: KIND, recipientId: null, recipientEmail, subjectId: prefix, dueKey: `${prefix}-${index}`, dueAt });
  }
  return recipients;
}

const received = (prefix: string) =>
  mail()
    .messages.filter((message) => message.to.startsWith(`${prefix}-`))
    .map((message) => message.to);

/** A pass with a budget, timed: it must answer by budget + margin whatever the server does. */
async function timedPass(now: Date) {
  const started = Date.now();
  const summary = await drainDueEmails({ now, budgetMs: BUDGET_MS, limit: 50 });
  return { summary, ms: Date.now() - started };
}

async function outageThenRecovery(mode: Exclude<FaultMode, "up">, prefix: string, start: Date) {
  const recipients = await enqueue(30, prefix, start);
  await proxy.setMode(mode);
  let failures = 0;
  // Several passes while the server is down: far more failed sends than the pool has slots.
  for (let minute = 0; minute < 4; minute += 1) {
    const { summary, ms } = await timedPass(new Date(start.getTime() + minute * 60_000));
    expect(ms).toBeLessThan(BUDGET_MS + PASS_ANSWER_MARGIN_MS + 1_000);
    expect(summary.sent).toBe(0);
    failures += summary.retrying;
  }
  expect(failures).toBeGreaterThan(SMTP_POOL_SIZE);
  expect(received(prefix)).toEqual([]);
  // Nothing given up on, nothing left leased: every row waits for its retry.
  const statuses = await db.prisma.emailDelivery.groupBy({ by: ["status"], where: { subjectId: prefix }, _count: true });
  expect(statuses.map((row) => row.status).sort()).toEqual(["PENDING"]);

  await proxy.setMode("up");
  // Passes as a cron would make them, every few minutes, until everything has arrived. (A send
  // in the 5-second cooldown right after the last failed connect is deferred like any outage
  // failure; a pass answers by its deadline even if a send is still finishing.)
  let clock = start.getTime() + 5 * 60_000;
  await expect
    .poll(
      async () => {
        clock += 5 * 60_000;
        await timedPass(new Date(clock));
        return received(prefix).length;
      },
      { timeout: 60_000, interval: 100 },
    )
    .toBeGreaterThanOrEqual(recipients.length);
  // Within the retry cap (15 minutes ± 20%) of the outage's end.
  expect(clock - start.getTime()).toBeLessThanOrEqual(5 * 60_000 + 20 * 60_000);
  expect(received(prefix).sort()).toEqual([...recipients].sort());
  expect(await db.prisma.emailDelivery.count({ where: { subjectId: prefix, status: "SENT" } })).toBe(recipients.length);
  // The same process sends straight away too: no restart needed.
  await sendEmail({ to: `${prefix}-direct@example.test`, subject: "After the outage", text: "hello", html: "<p>hello</p>" });
  expect(received(prefix)).toContain(`${prefix}-direct@example.test`);
}

describe("delivery when the mail server fails", () => {
  it(
    "refused connections, many times over the pool size: every email delivered once after it comes back",
    async () => {
      await outageThenRecovery("refuse", "refused", new Date("2033-01-01T09:00:00Z"));
    },
    OUTAGE_TEST_TIMEOUT_MS,
  );

  it(
    "a server that accepts connections and never greets: passes still answer in time, then everything is delivered once",
    async () => {
      await outageThenRecovery("silent", "silent", new Date("2033-02-01T09:00:00Z"));
    },
    OUTAGE_TEST_TIMEOUT_MS,
  );

  it(
    "a server that stalls mid-DATA: passes still answer in time, then everything is delivered once",
    async () => {
      await outageThenRecovery("stall", "stalled", new Date("2033-03-01T09:00:00Z"));
    },
    OUTAGE_TEST_TIMEOUT_MS,
  );

  it("a sign-up while the server is down: the confirmation email arrives once it is back", async () => {
    await proxy.setMode("refuse");
    const email = uniqueEmail("outage-signup");
    await signUp({ name: "Outage Person", email, password: "a long enough passphrase 42", timeZone: "Europe/London" }, uniqueIp());
    const row = await db.prisma.emailDelivery.findFirstOrThrow({ where: { recipientEmail: email } });
    expect(row).toMatchObject({ kind: "account-email", status: "PENDING" });
    // Stored sealed: the link's token is not readable in the database.
    expect(row.payload).toMatch(/^v1\./);
    expect(row.payload).not.toContain("token");
    expect(mail().to(email)).toEqual([]);

    await proxy.setMode("up");
    let clock = Date.now();
    await expect
      .poll(
        async () => {
          clock += 5 * 60_000;
          await drainDueEmails({ now: new Date(clock), budgetMs: BUDGET_MS });
          return mail().to(email).length;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(1);
    const message = await mail().waitFor(email, "Confirm");
    expect(message.text).toMatch(/\/auth\/verify\?token=/);
    expect(mail().to(email)).toHaveLength(1);
    // Erased once sent.
    expect(await db.prisma.emailDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", payload: null });
  });
});
