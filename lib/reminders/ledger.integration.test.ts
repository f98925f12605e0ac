// The delivery ledger's promises, against a real PostgreSQL and real SMTP servers: each row is
// sent exactly once however many passes run at once; a dead pass loses nothing; SMTP failures
// are retried with backoff and then given up on.
import { describe, expect, it } from "vitest";
import { claimDueDeliveries, enqueueDelivery, LEASE_SECONDS, MAX_ATTEMPTS, retryDelaySeconds } from "./ledger";
import { deliverDueEmails } from "./deliver-due";
import { registerRenderer } from "./renderers";
import { setupAccountHarness } from "@/test/integration/account-harness";

const { db, mail } = setupAccountHarness();
const KIND = "test-ping";
registerRenderer(KIND, async (_db, delivery) => ({ to: delivery.recipientEmail, subject: `Ping ${delivery.dueKey}`, text: "ping", html: "<p>ping</p>" }));

async function enqueue(count: number, prefix: string, dueAt: Date) {
  for (let index = 0; index < count; index += 1) {
    await enqueueDelivery(db.prisma, { kind: KIND, recipientId: null, recipientEmail: `${prefix}-${index}@example.test`, subjectId: prefix, dueKey: `${prefix}-${index}`, dueAt });
  }
}

describe("the delivery ledger", () => {
  it("refuses duplicates of the same (kind, recipient, subject, due key)", async () => {
    const entry = { kind: KIND, recipientId: null, recipientEmail: "dup@example.test", subjectId: "dup", dueKey: "k", dueAt: new Date("2035-01-01T09:00:00Z") };
    expect(await enqueueDelivery(db.prisma, entry)).not.toBeNull();
    expect(await enqueueDelivery(db.prisma, entry)).toBeNull();
  });

  it("sends each of 300 due emails exactly once with 8 passes running at once", async () => {
    const now = new Date("2027-02-01T09:00:00Z");
    await enqueue(300, "burst", now);
    const passes = await Promise.all(Array.from({ length: 8 }, () => deliverDueEmails({ now, limit: 50 })));
    let sent = passes.reduce((total, pass) => total + pass.sent, 0);
    // Passes are bounded; keep going until nothing is due, as the cron would.
    for (let more = await deliverDueEmails({ now, limit: 50 }); more.sent > 0; more = await deliverDueEmails({ now, limit: 50 })) sent += more.sent;
    expect(sent).toBe(300);
    const received = mail().messages.filter((message) => message.to.startsWith("burst-"));
    expect(received).toHaveLength(300);
    expect(new Set(received.map((message) => message.to)).size).toBe(300);
    expect(await db.prisma.emailDelivery.count({ where: { subjectId: "burst", status: "SENT" } })).toBe(300);
  });

  it("loses nothing when a pass dies mid-way: its rows are sent after the lease expires", async () => {
    const now = new Date("2027-03-01T09:00:00Z");
    await enqueue(5, "crash", now);
    const claimedByDeadPass = await claimDueDeliveries(db.prisma, { now, limit: 5 });
    expect(claimedByDeadPass).toHaveLength(5);
    expect(await deliverDueEmails({ now: new Date(now.getTime() + 10_000) })).toMatchObject({ sent: 0 });
    expect(await deliverDueEmails({ now: new Date(now.getTime() + (LEASE_SECONDS + 1) * 1000) })).toMatchObject({ sent: 5 });
    expect(mail().messages.filter((message) => message.to.startsWith("crash-"))).toHaveLength(5);
  });

  it("backs off exponentially with jitter, capped at an hour", () => {
    expect(retryDelaySeconds(1, () => 0.5)).toBe(60);
    expect(retryDelaySeconds(2, () => 0.5)).toBe(120);
    expect(retryDelaySeconds(3, () => 0)).toBe(192);
    expect(retryDelaySeconds(10, () => 1)).toBe(4320);
    expect(retryDelaySeconds(10, () => 0.5)).toBe(3600);
  });

  it("with an SMTP server that refuses: retries after failures and marks the row sent once the server accepts; gives up after the last attempt", async () => {
    try {
      const start = new Date("2027-04-01T09:00:00Z");
      await enqueue(1, "flaky", start);
      mail().refuseNext(2);
      expect(await deliverDueEmails({ now: start })).toMatchObject({ sent: 0, retrying: 1 });
      let row = await db.prisma.emailDelivery.findFirstOrThrow({ where: { subjectId: "flaky" } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(row.lastError).toContain("Mailbox busy");
      const firstRetry = row.nextAttemptAt.getTime() - start.getTime();
      expect(firstRetry).toBeGreaterThanOrEqual(48_000);
      expect(firstRetry).toBeLessThanOrEqual(72_000);
      expect(await deliverDueEmails({ now: new Date(start.getTime() + 30_000) })).toMatchObject({ sent: 0, retrying: 0 });
      expect(await deliverDueEmails({ now: new Date(start.getTime() + 2 * 60_000) })).toMatchObject({ retrying: 1 });
      expect(await deliverDueEmails({ now: new Date(start.getTime() + 10 * 60_000) })).toMatchObject({ sent: 1 });
      row = await db.prisma.emailDelivery.findFirstOrThrow({ where: { subjectId: "flaky" } });
      expect(row).toMatchObject({ status: "SENT", attempts: 3 });

      await enqueue(1, "hopeless", start);
      mail().refuseNext(1000);
      let clock = start.getTime();
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        clock += 2 * 60 * 60 * 1000;
        await deliverDueEmails({ now: new Date(clock) });
      }
      expect(await db.prisma.emailDelivery.findFirstOrThrow({ where: { subjectId: "hopeless" } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    } finally {
      mail().refuseNext(0);
    }
  });
});
