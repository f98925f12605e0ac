// Stops the HTTP listener of this process. `next start` creates its server before the
// instrumentation hook runs and does not hand it out; Node's diagnostics channel reports the
// server with every request, so the first request (a readiness probe, in practice) tells us
// which server to close. A server first seen while closing is closed at once.
import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";

const REQUEST_START = "http.server.request.start";
/** While waiting, keep-alive connections that finish their request are closed this often. */
const SWEEP_MS = 100;

type Registry = { servers: Set<Server>; closing: Promise<void>[] | undefined; watching: boolean };
const KEY = Symbol.for("stepwise.lifecycle.http-servers");

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  global[KEY] ??= { servers: new Set(), closing: undefined, watching: false };
  return global[KEY];
}

/** Stops accepting; resolves when every connection has ended (in-flight requests answered). */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    // Idle keep-alive connections would otherwise hold the close open until they time out.
    server.closeIdleConnections();
  });
}

function onRequestStart(message: unknown): void {
  const server = (message as { server?: Server }).server;
  const state = registry();
  if (!server || state.servers.has(server)) return;
  state.servers.add(server);
  state.closing?.push(closeServer(server));
}

export function watchHttpServers(): void {
  const state = registry();
  if (state.watching) return;
  state.watching = true;
  subscribe(REQUEST_START, onRequestStart);
}

export async function closeHttpServers(): Promise<void> {
  const state = registry();
  state.closing ??= [...state.servers].map(closeServer);
  // Entries may be added while waiting (a server first seen now).
  let awaited = 0;
  while (awaited < state.closing.length) {
    const batch = state.closing.slice(awaited);
    awaited += batch.length;
    await Promise.all(batch);
  }
}
