// Graceful shutdown as a plain state machine, so its order and its deadline can be tested
// without a server: running → draining (stop advertising readiness and starting new work) →
// after an optional delay, the drain tasks together (stop accepting, let in-flight requests
// and the current reminder batch finish) → the close tasks together (SMTP and database
// pools, which the drain still needed) → exit. Whatever is still pending at the deadline is
// abandoned: the process exits anyway, and claimed reminder rows are retried when their
// lease ends.

export type ShutdownPhase = "running" | "draining" | "closing" | "stopped";

export type ShutdownTask = { name: string; run: () => Promise<void> | void };

export type ShutdownPlan = {
  /** Called synchronously when the shutdown begins. */
  onDraining: () => void;
  /** How long to keep accepting (answering not-ready) before the drain tasks start. */
  delayMs: number;
  drain: ShutdownTask[];
  close: ShutdownTask[];
  /** From the signal to a forced exit. */
  timeoutMs: number;
  exit: (code: number) => void;
  log: (message: string) => void;
};

export type Shutdown = {
  phase(): ShutdownPhase;
  /** Starts the shutdown; later calls (a repeated signal) return the same promise. */
  begin(reason: string): Promise<void>;
};

export function createShutdown(plan: ShutdownPlan): Shutdown {
  let phase: ShutdownPhase = "running";
  let started: Promise<void> | undefined;
  const pending = new Set<string>();
  let failed = false;

  const runAll = (tasks: ShutdownTask[]) =>
    Promise.all(
      tasks.map(async (task) => {
        pending.add(task.name);
        try {
          await task.run();
        } catch (error) {
          failed = true;
          plan.log(`${task.name} failed: ${(error as Error).message}`);
        } finally {
          pending.delete(task.name);
        }
      }),
    );

  // A function, not an inline comparison: the deadline can stop us during any await.
  const stopped = (): boolean => phase === "stopped";

  const finish = (code: number) => {
    if (stopped()) return;
    phase = "stopped";
    plan.exit(code);
  };

  async function run(reason: string): Promise<void> {
    phase = "draining";
    plan.log(`${reason}: draining (deadline ${plan.timeoutMs} ms)`);
    const deadline = setTimeout(() => {
      plan.log(`deadline reached with ${[...pending].join(", ") || "nothing"} still pending; exiting anyway`);
      finish(1);
    }, plan.timeoutMs);
    try {
      plan.onDraining();
      if (plan.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
      await runAll(plan.drain);
      if (stopped()) return;
      phase = "closing";
      await runAll(plan.close);
      if (stopped()) return;
      plan.log(failed ? "stopped with errors" : "stopped cleanly");
      finish(failed ? 1 : 0);
    } finally {
      clearTimeout(deadline);
    }
  }

  return {
    phase: () => phase,
    begin(reason) {
      started ??= run(reason);
      return started;
    },
  };
}
