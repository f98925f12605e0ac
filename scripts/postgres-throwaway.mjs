// A disposable PostgreSQL server for tests: its own cluster in a temp folder, tuned for speed
// (no fsync), listening on 127.0.0.1 and a private socket folder, gone after stop().
// Uses the distribution's server binaries (Debian: /usr/lib/postgresql/<version>/bin).
// initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { waitForPostgres } from "./wait-for-postgres.mjs";

const execFileAsync = promisify(execFile);

const BINARY_ROOT = "/usr/lib/postgresql";

export class PostgresNotFoundError extends Error {
  constructor() {
    super("PostgreSQL server binaries not found: install the postgresql package or set TEST_DATABASE_URL");
    this.name = "PostgresNotFoundError";
  }
}

/**
 * The bin folder of the newest installed major version, e.g. /usr/lib/postgresql/15/bin
 * (POSTGRES_BIN_DIR overrides it, e.g. for a non-Debian layout).
 */
export function findPostgresBinDir() {
  const override = process.env.POSTGRES_BIN_DIR;
  if (override) {
    if (!existsSync(path.join(override, "initdb"))) throw new PostgresNotFoundError();
    return override;
  }
  if (!existsSync(BINARY_ROOT)) throw new PostgresNotFoundError();
  const versions = readdirSync(BINARY_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .filter((name) => ["initdb", "pg_ctl", "postgres"].every((bin) => existsSync(path.join(BINARY_ROOT, name, "bin", bin))))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  if (versions.length === 0) throw new PostgresNotFoundError();
  return path.join(BINARY_ROOT, versions[0], "bin");
}

/** A free TCP port on 127.0.0.1 (also used by the PgBouncer helper). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The `postgres` user's ids: initdb, pg_ctl and pgbouncer refuse to run as root. */
export function postgresIds(what = "initdb/pg_ctl") {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(`Running as root but there is no \`postgres\` user to run ${what} as (install the postgresql package).`);
  }
}

function readTail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log)";
  }
}

/**
 * Starts a fresh cluster and resolves once it accepts connections.
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, port: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startThrowawayPostgres({ port } = {}) {
  const binDir = findPostgresBinDir();
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  // The postgres user must be able to reach the folder, so not a root-only TMPDIR.
  const baseDir = asRoot ? "/tmp" : os.tmpdir();
  const rootDir = mkdtempSync(path.join(baseDir, "stepwise-pg-"));
  const dataDir = path.join(rootDir, "data");
  const logFile = path.join(rootDir, "server.log");
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(rootDir, uid, gid);
  }

  const command = (bin, args) => (asRoot ? ["runuser", ["-u", "postgres", "--", path.join(binDir, bin), ...args]] : [path.join(binDir, bin), args]);
  const run = async (bin, args) => {
    const [file, argv] = command(bin, args);
    try {
      await execFileAsync(file, argv, { cwd: rootDir, env: { ...process.env, LC_ALL: "C" } });
    } catch (error) {
      const output = [error.stdout, error.stderr].filter(Boolean).join("\n").trim();
      throw new Error(`${bin} failed (exit ${error.code}): ${output || error.message}\n--- server log ---\n${readTail(logFile)}`);
    }
  };

  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    const [file, argv] = command("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-s"]);
    if (existsSync(path.join(dataDir, "postmaster.pid"))) spawnSync(file, argv, { stdio: "ignore", cwd: rootDir });
    rmSync(rootDir, { recursive: true, force: true });
  };
  // Last resort if the caller forgets stop() or crashes: never leave a server behind.
  process.once("exit", stopSync);

  try {
    await run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);

    // A port found free can be taken before the server binds it: retry on a fresh one.
    let started = false;
    let lastError;
    for (let attempt = 0; attempt < (port ? 1 : 5) && !started; attempt += 1) {
      const candidate = port ?? (await freePort());
      const serverOptions = [`-p ${candidate}`, `-k ${rootDir}`, "-h 127.0.0.1", "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200"].join(" ");
      try {
        await run("pg_ctl", ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-s", "-o", serverOptions]);
        port = candidate;
        started = true;
      } catch (error) {
        lastError = error;
      }
    }
    if (!started) throw lastError;

    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    await waitForPostgres(url);
    return {
      url,
      port,
      dataDir,
      async stop() {
        process.removeListener("exit", stopSync);
        stopSync();
      },
    };
  } catch (error) {
    process.removeListener("exit", stopSync);
    stopSync();
    throw error;
  }
}
