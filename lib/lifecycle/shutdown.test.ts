import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createShutdown, type ShutdownPlan, type ShutdownTask } from "./shutdown";

/** A task that finishes when the test says so, recording when it started. */
function gate(name: string, events: string[]): ShutdownTask & { open(): void } {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    name,
    run: async () => {
      events.push(`start ${name}`);
      await opened;
      events.push(`end ${name}`);
    },
    open: () => open(),
  };
}

function plan(overrides: Partial<ShutdownPlan>, events: string[]): ShutdownPlan {
  return {
    onDraining: () => events.push("draining"),
    delayMs: 0,
    drain: [],
    close: [],
    timeoutMs: 25_000,
    exit: (code) => events.push(`exit ${code}`),
    log: () => {},
    ...overrides,
  };
}

describe("graceful shutdown", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("drains, then closes, then exits 0, in that order", async () => {
    const events: string[] = [];
    const requests = gate("requests", events);
    const batch = gate("batch", events);
    const pool = gate("pool", events);
    const shutdown = createShutdown(plan({ drain: [requests, batch], close: [pool] }, events));

    const done = shutdown.begin("SIGTERM");
    expect(shutdown.phase()).toBe("draining");
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(["draining", "start requests", "start batch"]);

    requests.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).not.toContain("start pool");
    batch.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(shutdown.phase()).toBe("closing");
    pool.open();
    await done;
    expect(events).toEqual(["draining", "start requests", "start batch", "end requests", "end batch", "start pool", "end pool", "exit 0"]);
    expect(shutdown.phase()).toBe("stopped");
  });

  it("keeps accepting for the delay (answering not-ready) before draining", async () => {
    const events: string[] = [];
    const requests = gate("requests", events);
    const shutdown = createShutdown(plan({ delayMs: 2_000, drain: [requests] }, events));
    void shutdown.begin("SIGTERM");
    await vi.advanceTimersByTimeAsync(1_999);
    expect(events).toEqual(["draining"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(["draining", "start requests"]);
  });

  it("exits 1 at the deadline with whatever is still pending, and never exits twice", async () => {
    const events: string[] = [];
    const logs: string[] = [];
    const stuck = gate("reminder batch", events);
    const shutdown = createShutdown(plan({ drain: [stuck], timeoutMs: 5_000, log: (message) => logs.push(message) }, events));
    void shutdown.begin("SIGTERM");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(events.filter((event) => event.startsWith("exit"))).toEqual(["exit 1"]);
    expect(logs.at(-1)).toMatch(/reminder batch still pending/);
    stuck.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(events.filter((event) => event.startsWith("exit"))).toEqual(["exit 1"]);
  });

  it("goes on after a failing task and exits 1", async () => {
    const events: string[] = [];
    const shutdown = createShutdown(
      plan(
        {
          drain: [{ name: "requests", run: () => Promise.reject(new Error("boom")) }],
          close: [{ name: "pool", run: () => void events.push("pool closed") }],
        },
        events,
      ),
    );
    await shutdown.begin("SIGTERM");
    expect(events).toEqual(["draining", "pool closed", "exit 1"]);
  });

  it("treats a repeated signal as the same shutdown", async () => {
    const events: string[] = [];
    const shutdown = createShutdown(plan({}, events));
    const first = shutdown.begin("SIGINT");
    expect(shutdown.begin("SIGINT")).toBe(first);
    await first;
    expect(events).toEqual(["draining", "exit 0"]);
  });
});
