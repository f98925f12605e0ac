// An operator's fault drill, on real processes: three `npm start` instances on one database, a
// real SMTP server behind a fault-injecting proxy, cron passes fired at all three at once.
//   1. The mail server refuses every connection: every pass still answers in time, nothing is
//      sent, nothing is given up on.
//   2. It comes back: passes on all three send again without a restart, and one instance is
//      killed with SIGKILL while it is sending.
//   3. The killed instance's rows are sent once its lease ends.
// Every due email arrives; at most SMTP_POOL_SIZE (5) twice, the bound for one killed process.
// Time is moved forward in the database (retry times, the lease) instead of waiting minutes.
import { expect, test } from "@playwright/test";
import { startFaultySmtp, type FaultySmtp } from "../test/integration/faulty-smtp";
import { startMailCapture, type MailCapture } from "./support/mail-capture";
import { createScratchDatabase, extraPort, reminderPass, seedDueReminders, startInstance, type Instance, type ScratchDatabase } from "./support/instances";

const DUE = 400;
const POOL_SIZE = 5;
const PASS_ANSWER_LIMIT_MS = 20_000 + 5_000 + 3_000;
const TIMEOUTS = "connectionTimeout=1000&greetingTimeout=1000&socketTimeout=3000&sendTimeout=6000&cooldown=200";

test.describe("email under mail-server faults, three instances", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(300_000);

  let database: ScratchDatabase;
  let mail: MailCapture;
  let proxy: FaultySmtp;
  const instances: Instance[] = [];
  let slowdown = 0;

  test.beforeAll(async () => {
    database = await createScratchDatabase("faults");
    mail = await startMailCapture({ smtpPort: 0, apiPort: 0, beforeAccept: () => new Promise((resolve) => setTimeout(resolve, slowdown)) });
    proxy = await startFaultySmtp({ host: "127.0.0.1", port: mail.smtpPort });
    // One at a time: the first migrates the scratch database.
    for (const offset of [40, 41, 42]) {
      instances.push(await startInstance({ port: extraPort(offset), databaseUrl: database.url, smtpUrl: proxy.url(TIMEOUTS) }));
    }
  });

  test.afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop(2_000).catch(() => {})));
    await proxy?.close();
    await mail?.stop();
    await database?.drop();
  });

  const statusCounts = async (recipients: string[]) => Object.fromEntries((await database.query<{ status: string; count: number }>(`SELECT "status", count(*)::int AS count FROM "EmailDelivery" WHERE "recipientEmail" = ANY($1) GROUP BY "status"`, [recipients])).map((row) => [row.status, row.count]));

  async function timedPass(instance: Instance): Promise<{ ms: number; body: { sent: number; failed: number } }> {
    const started = Date.now();
    const response = await reminderPass(instance);
    expect(response.status).toBe(200);
    return { ms: Date.now() - started, body: (await response.json()) as { sent: number; failed: number } };
  }

  test("an outage, a recovery and a SIGKILL mid-sending: every email arrives, at most 5 twice", async () => {
    const recipients = await seedDueReminders(database, "drill", DUE);

    await test.step("the server refuses connections: every pass on every instance answers in time, sends nothing, gives up on nothing", async () => {
      await proxy.setMode("refuse");
      for (let round = 0; round < 2; round += 1) {
        const passes = await Promise.all(instances.map(timedPass));
        for (const pass of passes) {
          expect(pass.ms).toBeLessThan(PASS_ANSWER_LIMIT_MS);
          expect(pass.body).toMatchObject({ sent: 0, failed: 0 });
        }
      }
      expect(mail.messages).toHaveLength(0);
      expect(await statusCounts(recipients)).toEqual({ PENDING: DUE });
    });

    const [victim, ...survivors] = instances as [Instance, Instance, Instance];
    await test.step("it comes back; one instance is killed with SIGKILL while sending", async () => {
      await proxy.setMode("up");
      // The retry time the outage set (about a minute) has passed.
      await database.query(`UPDATE "EmailDelivery" SET "nextAttemptAt" = now() WHERE "status" = 'PENDING'`);
      slowdown = 10;
      const passes = instances.map((instance) => reminderPass(instance).catch(() => null));
      await expect.poll(() => mail.messages.length, { timeout: 60_000, intervals: [20] }).toBeGreaterThanOrEqual(60);
      victim.child.kill("SIGKILL");
      await Promise.all(passes);
      slowdown = 0;
    });

    await test.step("the survivors send the rest; the killed instance's rows go once their lease ends", async () => {
      for (let round = 0; round < 10 && (await statusCounts(recipients)).PENDING; round += 1) {
        await Promise.all(survivors.map(timedPass));
        await database.query(`UPDATE "EmailDelivery" SET "nextAttemptAt" = now() WHERE "status" = 'PENDING'`);
      }
      // Only the killed instance still holds leases now: end them as two minutes would.
      await database.query(`UPDATE "EmailDelivery" SET "leaseExpiresAt" = now() WHERE "status" = 'SENDING'`);
      for (let round = 0; round < 10 && (await statusCounts(recipients)).SENT !== DUE; round += 1) await Promise.all(survivors.map(timedPass));
      expect(await statusCounts(recipients)).toEqual({ SENT: DUE });
    });

    const received = mail.messages.flatMap((message) => message.to).filter((to) => to.startsWith("drill-"));
    const distinct = new Set(received).size;
    console.info(`[fault drill] due ${DUE}, delivered ${distinct}, received ${received.length}, duplicates ${received.length - distinct}, missing ${DUE - distinct}`);
    expect(distinct).toBe(DUE);
    expect(received.length - distinct).toBeLessThanOrEqual(POOL_SIZE);
  });
});
