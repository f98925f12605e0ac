// Exactly once under concurrency, from the planner to the SMTP server: 1,000 reminders that
// fall due at the same instant, sent by 8 passes running at once in this process, and then by
// passes in two processes (this one and `npm run reminders:run` in a child) on one database;
// and the duplicate bound when a sending process is killed with SIGKILL, or when the database
// stalls the marks (then the server may hold at most SMTP_POOL_SIZE unrecorded messages).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { planDueEmails, prepareBatch, sendPreparedBatch } from "./deliver-due";
import { drainDueEmails } from "./drain";
import { LEASE_SECONDS } from "./ledger";
import { SMTP_POOL_SIZE } from "@/lib/email/transport";
import { toDbDate } from "@/lib/time/calendar-date";
import { setupAccountHarness } from "@/test/integration/account-harness";

const { db, mail } = setupAccountHarness();
const USERS = 125;
const GOALS_EACH = 8;

/** 1,000 goals whose 7-day reminder is due at 09:00 UTC on `reminderDay`. */
async function thousandDueReminders(label: string, deadline: string): Promise<Set<string>> {
  const users = Array.from({ length: USERS }, (_, index) => ({
    id: randomUUID(),
    email: `${label}-${index}@example.test`,
    name: `Person ${index}`,
    emailVerifiedAt: new Date("2026-01-01T00:00:00Z"),
    createdAt: new Date("2026-01-01T00:00:00Z"),
  }));
  await db.prisma.user.createMany({ data: users });
  await db.prisma.goal.createMany({
    data: users.flatMap((user) => Array.from({ length: GOALS_EACH }, (_, index) => ({ ownerId: user.id, title: `Goal ${index}`, category: "KNOWLEDGE" as const, horizonYears: 1, deadline: toDbDate(deadline), createdAt: new Date("2026-01-01T00:00:00Z") }))),
  });
  return new Set(users.map((user) => user.email));
}

function receivedBy(recipients: Set<string>) {
  const messages = mail().messages.filter((message) => recipients.has(message.to));
  return { count: messages.length, distinct: new Set(messages.map((message) => `${message.to}|${message.text.match(/goals\/([0-9a-f-]{36})/)?.[1]}`)).size };
}

/** How many of these recipients' rows the ledger calls SENT. */
function sentInLedger(recipients: Set<string>): Promise<number> {
  return db.prisma.emailDelivery.count({ where: { recipientEmail: { in: [...recipients] }, status: "SENT" } });
}

/** The ledger's word: every one of the 1,000 rows for these recipients is marked sent. */
async function expectLedgerAllSent(recipients: Set<string>) {
  expect(await sentInLedger(recipients)).toBe(1000);
}

/** Each of the 1,000 reminders reached the SMTP server exactly once, and the ledger agrees. */
async function expectEachSentOnce(recipients: Set<string>) {
  expect(receivedBy(recipients)).toEqual({ count: 1000, distinct: 1000 });
  await expectLedgerAllSent(recipients);
}

const sentBy = (runs: { sent: number }[]) => runs.reduce((sum, run) => sum + run.sent, 0);

function runChildPasses(now: Date, concurrency: number): { ready: Promise<void>; done: Promise<{ sent: number }>; kill: () => void } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/run-reminders.ts", "--now", now.toISOString(), "--concurrency", String(concurrency), "--limit", "20"], {
    env: { ...process.env, DATABASE_URL: db.url, REMINDER_TIMER: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let errors = "";
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("ready")) signalReady();
  });
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const done = new Promise<{ sent: number }>((resolve, reject) => {
    child.on("exit", (code) => {
      signalReady();
      if (code !== 0) return reject(new Error(`reminders:run exited with ${code}: ${errors}`));
      const last = output.trim().split("\n").at(-1) ?? "{}";
      resolve(JSON.parse(last) as { sent: number });
    });
  });
  return { ready, done, kill: () => child.kill("SIGKILL") };
}

describe("reminders under concurrency", () => {
  it("sends each of 1,000 due reminders exactly once with 8 passes running at once", async () => {
    const recipients = await thousandDueReminders("burst", "2027-05-17");
    const now = new Date("2027-05-10T09:00:00Z");
    const runs = await Promise.all(Array.from({ length: 8 }, () => drainDueEmails({ now, limit: 50 })));
    expect(sentBy(runs)).toBe(1000);
    expect(runs.reduce((sum, run) => sum + run.planned, 0)).toBe(1000);
    expect(runs.filter((run) => run.sent > 0).length).toBeGreaterThan(1);
    await expectEachSentOnce(recipients);
  }, 120_000);

  it("sends each of 1,000 due reminders exactly once with passes in two processes on one database", async () => {
    const recipients = await thousandDueReminders("split", "2027-06-17");
    const now = new Date("2027-06-10T09:00:00Z");
    const child = runChildPasses(now, 4);
    await child.ready;
    const here = await Promise.all(Array.from({ length: 4 }, () => drainDueEmails({ now, limit: 20 })));
    const there = await child.done;
    const sentHere = sentBy(here);
    expect(sentHere + there.sent).toBe(1000);
    expect(sentHere).toBeGreaterThan(0);
    expect(there.sent).toBeGreaterThan(0);
    await expectEachSentOnce(recipients);
  }, 120_000);

  it("a process killed with SIGKILL mid-sending, with several passes in it: every email delivered, at most SMTP_POOL_SIZE sent twice", async () => {
    const recipients = await thousandDueReminders("killed", "2027-07-17");
    const now = new Date("2027-07-10T09:00:00Z");
    // A slow server, so the kill lands while the child has messages in flight and marks pending.
    mail().setAcceptDelay(15);
    try {
      const child = runChildPasses(now, 3);
      await child.ready;
      const childExit = child.done.catch(() => "killed" as const);
      const here = drainDueEmails({ now, limit: 20 });
      await expect.poll(() => receivedBy(recipients).count, { timeout: 60_000, interval: 10 }).toBeGreaterThanOrEqual(150);
      child.kill();
      expect(await childExit).toBe("killed");
      await here;
      // The killed process's rows are claimable again once their lease has ended.
      const afterLease = new Date(now.getTime() + (LEASE_SECONDS + 1) * 1000);
      while ((await drainDueEmails({ now: afterLease, limit: 100 })).sent > 0);
    } finally {
      mail().setAcceptDelay(0);
    }
    const { count, distinct } = receivedBy(recipients);
    console.info(`[crash test] due 1000, delivered ${distinct}, received ${count}, duplicates ${count - distinct}, missing ${1000 - distinct}`);
    expect(distinct).toBe(1000);
    expect(count - distinct).toBeLessThanOrEqual(SMTP_POOL_SIZE);
    await expectLedgerAllSent(recipients);
  }, 180_000);

  it("a database that stalls the SENT marks: the server gets at most SMTP_POOL_SIZE messages the ledger has not recorded, then the rest once it moves", async () => {
    const recipients = await thousandDueReminders("stalled", "2027-08-17");
    const now = new Date("2027-08-10T09:00:00Z");
    await planDueEmails(now);
    const batch = await prepareBatch({ now, limit: 60 });
    expect(batch.claimed).toHaveLength(60);
    // Another session holds a lock that lets the ledger be read but not updated: every mark waits.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    let sending: Promise<{ sent: number }> | undefined;
    try {
      await blocker.query('BEGIN; LOCK TABLE "EmailDelivery" IN SHARE MODE');
      sending = sendPreparedBatch(batch);
      await expect.poll(() => receivedBy(recipients).count, { timeout: 20_000, interval: 10 }).toBe(SMTP_POOL_SIZE);
      // Long enough for many more messages to arrive if anything but the marks held them back.
      await new Promise((resolve) => setTimeout(resolve, 750));
      expect(receivedBy(recipients).count).toBe(SMTP_POOL_SIZE);
      expect(await sentInLedger(recipients)).toBe(0);
    } finally {
      await blocker.query("COMMIT");
      await blocker.end();
    }
    expect((await sending).sent).toBe(60);
    expect(receivedBy(recipients)).toEqual({ count: 60, distinct: 60 });
    expect(await sentInLedger(recipients)).toBe(60);
  }, 60_000);
});
