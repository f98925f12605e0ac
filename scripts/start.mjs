// `npm start`: the production server. One `next start` uses one core for rendering, so with
// WEB_CONCURRENCY=N (N > 1) this runs N `next start` workers on one port with Node's cluster
// module, as Puma or Gunicorn do: the primary accepts connections and hands them round-robin
// to the workers. Nothing is shared in memory between workers (sessions, rate limits and the
// delivery ledger live in PostgreSQL), so N workers behave as N instances behind a balancer.
//
// The primary forwards SIGTERM/SIGINT to every worker, each drains as a single instance does
// (lib/lifecycle/), and the primary exits once all have: 0 if all exited 0, else 1. A worker
// that dies while not stopping is replaced, unless workers keep dying within seconds of
// starting (a crash loop), in which case the whole server stops with 1.
//
// WEB_CONCURRENCY unset or 1 runs `next start` in this process, exactly as before. More than
// one needs DATABASE_URL: the embedded database (PGlite) lives inside one process.
// Arguments are passed to `next start` (e.g. `npm start -- -p 3001`).
import cluster from "node:cluster";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve("next/dist/bin/next");
/** A worker that exits sooner than this after starting counts towards a crash loop. */
const EARLY_EXIT_MS = 10_000;
const MAX_EARLY_EXITS = 3;

function parseWorkerCount(value) {
  if (value === undefined || value.trim() === "") return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${value}")`);
  }
  return count;
}

function runInThisProcess(args) {
  process.argv = [process.argv[0], NEXT_BIN, "start", ...args];
  require(NEXT_BIN);
}

function runCluster(count, args) {
  cluster.setupPrimary({ exec: NEXT_BIN, args: ["start", ...args] });
  const log = (message) => console.info(`[cluster] ${message}`);
  const startedAt = new Map();
  let stopping = false;
  let failed = false;
  let earlyExits = 0;

  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${startedAt.size} workers`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (!stopping) {
      log(`worker ${worker.process.pid} exited (${signal ?? code}) after ${Math.round(lived / 1000)} s`);
      earlyExits = lived < EARLY_EXIT_MS ? earlyExits + 1 : 0;
      if (earlyExits < MAX_EARLY_EXITS) return void fork();
      log("workers keep exiting right after starting: stopping");
      failed = true;
      stop("crash loop");
    } else if (code !== 0 && signal !== "SIGTERM") {
      // SIGTERM's default action ends a worker caught still booting (before the app installs
      // its handlers), which had nothing to drain; any other ending is a failure.
      failed = true;
    }
    if (startedAt.size === 0) process.exit(failed ? 1 : 0);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stop(signal));

  log(`starting ${count} workers`);
  for (let index = 0; index < count; index += 1) fork();
}

function main() {
  // The variables as Next.js will see them (.env files included), to check them up front.
  require("@next/env").loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  const count = parseWorkerCount(process.env.WEB_CONCURRENCY);
  if (count > 1 && !process.env.DATABASE_URL) {
    throw new Error("WEB_CONCURRENCY > 1 needs DATABASE_URL: the embedded database can only be opened by one process");
  }
  const args = process.argv.slice(2);
  if (count === 1) runInThisProcess(args);
  else runCluster(count, args);
}

try {
  main();
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
