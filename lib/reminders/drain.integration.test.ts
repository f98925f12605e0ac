// A pass over a backlog, against a real PostgreSQL and SMTP server: one pass works through more
// than a batch (claiming the next batch while sending this one), takes expired leases first,
// and, when asked to stop, sends what it already claimed and leaves the rest for the next pass.
import { describe, expect, it } from "vitest";
import { claimDueDeliveries, enqueueDelivery, LEASE_SECONDS } from "./ledger";
import { drainDueEmails } from "./drain";
import { registerRenderer } from "./renderers";
import { setupAccountHarness } from "@/test/integration/account-harness";

const { db, mail } = setupAccountHarness();

const PING = "test-drain-ping";
registerRenderer(PING, async (_db, delivery) => ({ to: delivery.recipientEmail, subject: `Ping ${delivery.dueKey}`, text: "ping", html: "<p>ping</p>" }));

let stopRequested = false;
const STOPPER = "test-drain-stopper";
registerRenderer(STOPPER, async (_db, delivery) => {
  stopRequested = true;
  return { to: delivery.recipientEmail, subject: `Stop ${delivery.dueKey}`, text: "stop", html: "<p>stop</p>" };
});

async function enqueue(kind: string, count: number, prefix: string, dueAt: Date) {
  for (let index = 0; index < count; index += 1) {
    await enqueueDelivery(db.prisma, { kind, recipientId: null, recipientEmail: `${prefix}-${index}@example.test`, subjectId: prefix, dueKey: `${prefix}-${index}`, dueAt });
  }
}

const arrivals = (prefix: string) =>
  mail()
    .messages.filter((message) => message.to.startsWith(`${prefix}-`))
    .map((message) => message.to);

describe("a pass over a backlog", () => {
  it("sends a backlog of several batches in one pass, each email once", async () => {
    const now = new Date("2031-01-01T09:00:00Z");
    await enqueue(PING, 130, "backlog", now);
    const summary = await drainDueEmails({ now, limit: 25 });
    expect(summary).toMatchObject({ sent: 130, failed: 0, retrying: 0 });
    // 6 batches of emails (the last one partial) and the empty claim that ends the pass.
    expect(summary.batches).toBe(7);
    expect(arrivals("backlog").sort()).toEqual(Array.from({ length: 130 }, (_, index) => `backlog-${index}@example.test`).sort());
    expect(await db.prisma.emailDelivery.count({ where: { subjectId: "backlog", status: "SENT" } })).toBe(130);
  });

  it("claims rows whose lease ran out before rows that are merely pending", async () => {
    const start = new Date("2031-02-01T09:00:00Z");
    await enqueue(PING, 3, "abandoned", start);
    expect(await claimDueDeliveries(db.prisma, { now: start, limit: 3 })).toHaveLength(3);
    // Pending rows due earlier than the abandoned ones' next attempt would sort first otherwise.
    await enqueue(PING, 5, "waiting", new Date(start.getTime() - 60_000));
    const afterLease = new Date(start.getTime() + (LEASE_SECONDS + 1) * 1000);
    const claimed = await claimDueDeliveries(db.prisma, { now: afterLease, limit: 3 });
    expect(claimed.map((row) => row.subjectId)).toEqual(["abandoned", "abandoned", "abandoned"]);
    expect(claimed.every((row) => row.attempts === 2)).toBe(true);
    expect(await drainDueEmails({ now: new Date(afterLease.getTime() + (LEASE_SECONDS + 1) * 1000) })).toMatchObject({ sent: 8 });
  });

  it("stops claiming when asked to stop, sends what it already claimed, and leaves the rest pending", async () => {
    const now = new Date("2031-03-01T09:00:00Z");
    await enqueue(STOPPER, 50, "stopping", now);
    const stopped = await drainDueEmails({ now, limit: 10, shouldStop: () => stopRequested });
    // The stop came while the first batch was being rendered: that batch is sent, no other is claimed.
    expect(stopped).toMatchObject({ batches: 1, sent: 10 });
    expect(arrivals("stopping")).toHaveLength(10);
    expect(await db.prisma.emailDelivery.count({ where: { subjectId: "stopping", status: "PENDING" } })).toBe(40);
    expect(await db.prisma.emailDelivery.count({ where: { subjectId: "stopping", status: "SENDING" } })).toBe(0);

    expect(await drainDueEmails({ now, limit: 10 })).toMatchObject({ sent: 40 });
    expect(new Set(arrivals("stopping")).size).toBe(50);
    expect(arrivals("stopping")).toHaveLength(50);
  });
});
