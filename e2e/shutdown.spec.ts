// Graceful shutdown of a real `next start` instance (NEXT_MANUAL_SIG_HANDLE, as `npm start`
// and the Dockerfile run it). The in-flight request is a real reminder pass: the instance's
// SMTP server holds every message until the test lets it through, so the pass is provably
// mid-batch when SIGTERM arrives, whatever the speed of the machine. The sequence checked:
//   SIGTERM → /api/ready 503 at once, /api/health still 200, a new cron pass refused (503)
//   → after SHUTDOWN_DELAY_MS the listener closes: new connections are refused
//   → the in-flight pass finishes its batch and answers 200 → pools closed → exit 0.
// And when the mail server hangs: the sends are ended after a third of the deadline and
// recorded for a retry, so the process still exits 0 in time.
import { expect, test } from "@playwright/test";
import { startMailCapture, type MailCapture } from "./support/mail-capture";
import { createScratchDatabase, extraPort, reminderPass, seedDueReminders, startInstance, type Instance, type ScratchDatabase } from "./support/instances";

const REMINDERS = 12;
const DELAY_MS = 1_500;

/** Resolves the connection's status, or "refused" once nothing listens any more. */
async function probe(url: string): Promise<number | "refused"> {
  try {
    return (await fetch(url)).status;
  } catch {
    return "refused";
  }
}

/** A mail capture that holds each message until `release()`; `arrived` counts held ones. */
async function heldMailCapture(): Promise<MailCapture & { arrived(): number; release(): void }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived = 0;
  const capture = await startMailCapture({
    smtpPort: 0,
    apiPort: 0,
    beforeAccept: () => {
      arrived += 1;
      return released;
    },
  });
  return Object.assign(capture, { arrived: () => arrived, release });
}

test.describe("graceful shutdown", () => {
  // One extra server process at a time on a 2-core machine.
  test.describe.configure({ mode: "serial" });

  let database: ScratchDatabase;
  let mail: Awaited<ReturnType<typeof heldMailCapture>>;
  let instance: Instance | undefined;

  test.beforeAll(async () => {
    database = await createScratchDatabase("shutdown");
  });

  test.afterEach(async () => {
    mail?.release();
    await instance?.stop(2_000);
    await mail?.stop();
  });

  test.afterAll(async () => {
    await database?.drop();
  });

  /** A mail server that holds what it is sent, and a server process sending to it with these shutdown settings. */
  async function startWithHeldMail(env: Record<string, string>): Promise<Instance> {
    mail = await heldMailCapture();
    instance = await startInstance({ port: extraPort(0), databaseUrl: database.url, smtpUrl: `smtp://127.0.0.1:${mail.smtpPort}`, env });
    return instance;
  }

  test("SIGTERM: not ready at once, stops accepting, finishes the in-flight reminder batch, exits 0", async () => {
    const server = await startWithHeldMail({ SHUTDOWN_DELAY_MS: String(DELAY_MS), SHUTDOWN_TIMEOUT_MS: "20000" });
    const recipients = await seedDueReminders(database, "drain", REMINDERS);

    const inFlight = reminderPass(server);
    await expect.poll(() => mail.arrived(), { message: "the pass reaches the SMTP server" }).toBeGreaterThan(0);

    const signalledAt = Date.now();
    server.child.kill("SIGTERM");

    await test.step("at once: /api/ready answers 503, liveness stays 200, no new reminder pass", async () => {
      await expect.poll(() => probe(`${server.url}/api/ready`), { timeout: 1_000, intervals: [50] }).toBe(503);
      expect(await probe(`${server.url}/api/health`)).toBe(200);
      expect((await reminderPass(server)).status).toBe(503);
    });

    await test.step("after the delay: new connections are refused, the process is still running", async () => {
      await expect.poll(() => probe(`${server.url}/api/health`), { timeout: DELAY_MS + 3_000, intervals: [100] }).toBe("refused");
      expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(DELAY_MS - 100);
      expect(server.child.exitCode).toBeNull();
    });

    await test.step("the in-flight pass finishes its whole batch and answers 200", async () => {
      mail.release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ sent: REMINDERS, failed: 0, pending: 0 });
    });

    await test.step("then the process exits 0, well within its deadline", async () => {
      const exit = await server.exited;
      expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      expect(exit.at - signalledAt).toBeLessThan(20_000);
      expect(server.output()).toContain("[shutdown] stopped cleanly");
    });

    expect(mail.messages.map((message) => message.to).sort()).toEqual([...recipients].sort());
    const statuses = await database.query<{ status: string; count: number }>(`SELECT "status", count(*)::int AS count FROM "EmailDelivery" WHERE "recipientEmail" = ANY($1) GROUP BY "status"`, [recipients]);
    expect(statuses).toEqual([{ status: "SENT", count: REMINDERS }]);
  });

  test("a mail server that hangs: sends are ended after a third of the deadline, the pass answers, exit 0, every row kept for a retry", async () => {
    const server = await startWithHeldMail({ SHUTDOWN_TIMEOUT_MS: "6000" });
    const recipients = await seedDueReminders(database, "stuck", 8);

    const inFlight = reminderPass(server);
    await expect.poll(() => mail.arrived()).toBeGreaterThan(0);
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");

    const exit = await server.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    // The senders had 2 s (a third of 6 s) before their sends were ended.
    expect(exit.at - signalledAt).toBeGreaterThanOrEqual(1_900);
    expect(exit.at - signalledAt).toBeLessThan(6_000);
    expect(server.output()).toContain("[shutdown] stopped cleanly");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sent: 0, failed: 0 });

    // Nothing sent, nothing given up on, nothing left leased: every row waits for its retry.
    const rows = await database.query<{ status: string; leased: boolean }>(`SELECT "status", "leaseExpiresAt" IS NOT NULL AS leased FROM "EmailDelivery" WHERE "recipientEmail" = ANY($1)`, [recipients]);
    expect(rows).toEqual(recipients.map(() => ({ status: "PENDING", leased: false })));
  });
});
