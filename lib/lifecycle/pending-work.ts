// Work a response leaves behind (emails sent with next/server's `after`). Next.js awaits it
// on its own shutdown path, which NEXT_MANUAL_SIG_HANDLE turns off, so the app counts it
// here and the shutdown waits for it. On globalThis: route handlers and the instrumentation
// hook are separate bundles.
const KEY = Symbol.for("stepwise.lifecycle.pending-work");

type PendingGlobal = { [KEY]?: Set<Promise<unknown>> };

function pendingSet(): Set<Promise<unknown>> {
  const global = globalThis as PendingGlobal;
  global[KEY] ??= new Set();
  return global[KEY];
}

/** Counts `work` until it settles. */
export function trackPendingWork(work: Promise<unknown>): void {
  const pending = pendingSet();
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
}

/** Resolves when everything tracked so far, and anything tracked meanwhile, has settled. */
export async function settlePendingWork(): Promise<void> {
  const pending = pendingSet();
  while (pending.size > 0) await Promise.all([...pending]);
}
