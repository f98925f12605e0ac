// A disposable PgBouncer in front of a PostgreSQL server, for the tests that prove Stepwise
// works behind one (e2e/pgbouncer.spec.ts): a generated pgbouncer.ini in a temp folder,
// transaction pooling with a small server pool, listening on 127.0.0.1 and a free port, every
// database name routed to the upstream server, gone after stop() (or when this process exits).
// Uses the distribution's binary (Debian: /usr/sbin/pgbouncer). PgBouncer refuses to run as
// root, so as root it runs as the `postgres` user, like initdb/pg_ctl in postgres-throwaway.mjs.
import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, postgresIds } from "./postgres-throwaway.mjs";
import { stopChild } from "./stop-child.mjs";
import { waitForPostgres } from "./wait-for-postgres.mjs";

const SEARCHED = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"];

export class PgBouncerNotFoundError extends Error {
  constructor() {
    super(`PgBouncer not found (looked for PGBOUNCER_PATH, ${SEARCHED.join(", ")} and PATH): install the pgbouncer package`);
    this.name = "PgBouncerNotFoundError";
  }
}

/** The pgbouncer binary: PGBOUNCER_PATH, else the usual places, else PATH. */
export function findPgBouncer() {
  const override = process.env.PGBOUNCER_PATH;
  if (override) {
    if (!existsSync(override)) throw new PgBouncerNotFoundError();
    return override;
  }
  const found = SEARCHED.find((candidate) => existsSync(candidate));
  if (found) return found;
  try {
    return execFileSync("sh", ["-c", "command -v pgbouncer"], { encoding: "utf8" }).trim() || throwNotFound();
  } catch {
    return throwNotFound();
  }
}

function throwNotFound() {
  throw new PgBouncerNotFoundError();
}

/**
 * The settings Stepwise needs behind PgBouncer (README, "Behind PgBouncer"), plus what a
 * throwaway instance needs (trust authentication, no socket file, logs to stderr).
 */
export function pgBouncerIni({ upstreamHost, upstreamPort, user, port, authFile, poolSize, maxClientConn }) {
  return `[databases]
; Any database name the client asks for, on the upstream server, as the given user.
* = host=${upstreamHost} port=${upstreamPort} user=${user}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
; Lets the tests read SHOW POOLS on the admin console (database "pgbouncer"); not needed by the app.
admin_users = ${user}
unix_socket_dir =
auth_type = trust
auth_file = ${authFile}
pool_mode = transaction
default_pool_size = ${poolSize}
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = ${maxClientConn}
max_db_connections = ${poolSize}
; A client waiting longer than this for a server connection gets an error instead of hanging.
query_wait_timeout = 30
logfile =
log_connections = 0
log_disconnections = 0
log_pooler_errors = 1
stats_period = 3600
`;
}

/**
 * Starts PgBouncer in front of the server at `upstreamUrl` (a postgresql:// URL whose host,
 * port and user are used; every database name is routed through). Resolves once a query
 * through it succeeds. `url` is `upstreamUrl` with PgBouncer's address instead.
 * @param {{ upstreamUrl: string, poolSize?: number, maxClientConn?: number }} options
 * @returns {Promise<{ url: string, port: number, poolSize: number, viaPgBouncer(databaseUrl: string): string, showPools(): Promise<PoolRow[]>, output(): string, stop(): Promise<void> }>}
 */
export async function startThrowawayPgBouncer({ upstreamUrl, poolSize = 3, maxClientConn = 500 }) {
  const binary = findPgBouncer();
  const upstream = new URL(upstreamUrl);
  const user = decodeURIComponent(upstream.username || "postgres");
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const rootDir = mkdtempSync(path.join(asRoot ? "/tmp" : os.tmpdir(), "stepwise-pgbouncer-"));
  const ids = asRoot ? postgresIds("PgBouncer") : undefined;
  if (ids) chownSync(rootDir, ids.uid, ids.gid);

  // trust still requires the user to be listed; the password is not checked.
  const authFile = path.join(rootDir, "userlist.txt");
  writeFileSync(authFile, `"${user.replaceAll('"', '""')}" ""\n`);
  const iniFile = path.join(rootDir, "pgbouncer.ini");
  const port = await freePort();
  writeFileSync(iniFile, pgBouncerIni({ upstreamHost: upstream.hostname, upstreamPort: upstream.port || "5432", user, port, authFile, poolSize, maxClientConn }));
  if (ids) for (const file of [authFile, iniFile]) chownSync(file, ids.uid, ids.gid);

  // Foreground, spawned directly (not through runuser) so the pid we hold is PgBouncer's own.
  const child = spawn(binary, [iniFile], { cwd: rootDir, stdio: ["ignore", "pipe", "pipe"], ...(ids ?? {}) });
  let log = "";
  const collect = (chunk) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise((resolve) => child.once("exit", resolve));

  let stopped = false;
  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(rootDir, { recursive: true, force: true });
  };
  // Last resort if the caller forgets stop() or crashes: never leave PgBouncer behind.
  process.once("exit", killNow);

  const url = viaPort(upstreamUrl, port);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", killNow);
    // SIGTERM: immediate shutdown (1.18); SIGKILL if it has not gone within 5 s.
    await stopChild(child, exited);
    rmSync(rootDir, { recursive: true, force: true });
  };

  try {
    await waitForPostgres(url, {
      name: "PgBouncer",
      timeoutMs: 15_000,
      checkAlive: () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`PgBouncer exited at start (${child.exitCode ?? child.signalCode}):\n${log}`);
      },
      details: () => `\n${log}`,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const adminUrl = new URL(url);
  adminUrl.pathname = "/pgbouncer";
  return { url, port, poolSize, viaPgBouncer: (databaseUrl) => viaPort(databaseUrl, port), showPools: () => showPools(adminUrl.toString()), output: () => log, stop };
}

/**
 * @typedef {{ database: string, user: string, clientsActive: number, clientsWaiting: number, serversActive: number, serversIdle: number, serversUsed: number, serversTested: number, serversLogin: number, maxWaitSeconds: number }} PoolRow
 */

/** SHOW POOLS on the admin console: per database, clients linked or waiting and server connections by state. */
async function showPools(adminUrl) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // The admin console speaks only the simple query protocol: no parameters.
    const { rows } = await client.query("SHOW POOLS");
    return rows.map((row) => ({
      database: row.database,
      user: row.user,
      clientsActive: Number(row.cl_active),
      clientsWaiting: Number(row.cl_waiting),
      serversActive: Number(row.sv_active),
      serversIdle: Number(row.sv_idle),
      serversUsed: Number(row.sv_used),
      serversTested: Number(row.sv_tested),
      serversLogin: Number(row.sv_login),
      maxWaitSeconds: Number(row.maxwait),
    }));
  } finally {
    await client.end().catch(() => {});
  }
}

/** `databaseUrl` (same server, any database) reached through PgBouncer on 127.0.0.1:`port`. */
function viaPort(databaseUrl, port) {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return url.toString();
}
