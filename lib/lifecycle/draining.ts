// Whether this instance is shutting down. On globalThis because Next.js bundles the
// instrumentation hook (which starts the shutdown) and the route handlers (which read it)
// separately, each with its own copy of this module.
const KEY = Symbol.for("stepwise.lifecycle.draining");

type DrainingGlobal = { [KEY]?: boolean };

export function isDraining(): boolean {
  return (globalThis as DrainingGlobal)[KEY] === true;
}

export function markDraining(): void {
  (globalThis as DrainingGlobal)[KEY] = true;
}
