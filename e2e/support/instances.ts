// Extra production servers for the scale-out, shutdown and cluster specs: `npm start`'s
// launcher (scripts/start.mjs: `next start`, or WEB_CONCURRENCY workers of it) on ports of
// their own, configured like Playwright's main web server (same build, same AUTH_SECRET) but
// on a scratch database of their own. Their reminder passes plan and claim for everyone in
// their database: on the suite's shared database they would email other specs' users and
// could take rows the main server queued for immediate delivery.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const START_SCRIPT = path.join(root, "scripts", "start.mjs");
const READY_TIMEOUT_MS = 60_000;

/** Ports for extra instances start 10 above the main server's (3110… by default, 3310… with E2E_APP_PORT=3300). */
export function extraPort(offset: number): number {
  return Number(process.env.E2E_APP_PORT ?? 3100) + 10 + offset;
}

/** 48 characters, as CRON_SECRET needs at least 32. */
export const CRON_SECRET = randomBytes(36).toString("base64url");

export type ScratchDatabase = { url: string; query<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>; drop(): Promise<void> };

/** A new, empty database on the suite's PostgreSQL server (the first instance migrates it). */
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  const name = `stepwise_e2e_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  return {
    url: url.toString(),
    async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      return (await pool.query<T>(text, values)).rows;
    },
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number };

export type Instance = {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  exited: Promise<Exit>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<Exit>;
};

export type InstanceOptions = {
  port: number;
  databaseUrl: string;
  smtpUrl: string;
  /** The public address used in email links; defaults to the instance's own. */
  appUrl?: string;
  /** WEB_CONCURRENCY: `next start` workers behind one port (1: a single process). */
  workers?: number;
  env?: Record<string, string>;
};

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const url = `http://127.0.0.1:${options.port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "stepwise-instance-"));
  const child = spawn(process.execPath, [START_SCRIPT, "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "true",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: "4",
      DATA_DIR: dataDir,
      AUTH_SECRET: process.env.STEPWISE_E2E_AUTH_SECRET ?? "",
      APP_URL: options.appUrl ?? url,
      SMTP_URL: options.smtpUrl,
      CRON_SECRET,
      REMINDER_TIMER: "off",
      WEB_CONCURRENCY: String(options.workers ?? 1),
      ...options.env,
    },
  });
  let output = "";
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })));
  void exited.then(() => rmSync(dataDir, { recursive: true, force: true }));

  const instance: Instance = {
    port: options.port,
    url,
    child,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        void exited.then(() => clearTimeout(timer));
      }
      return exited;
    },
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const status = await fetch(`${url}/api/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return instance;
    if (child.exitCode !== null || Date.now() > deadline) {
      await instance.stop(1_000);
      throw new Error(`The instance on port ${options.port} did not become ready (last status ${status}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** POST /api/cron/reminders as a cron caller does. */
export function reminderPass(instance: Pick<Instance, "url">): Promise<Response> {
  return fetch(`${instance.url}/api/cron/reminders`, { method: "POST", headers: { authorization: `Bearer ${CRON_SECRET}` } });
}

/**
 * `count` verified users, each with one goal whose 7-day reminder is due now (their reminder
 * hour is 00:00 UTC, so it has come whatever the time of the run). Returns their addresses.
 */
export async function seedDueReminders(database: ScratchDatabase, label: string, count: number): Promise<string[]> {
  const users = await database.query<{ id: string; email: string }>(
    `INSERT INTO "User" ("email", "name", "emailVerifiedAt", "timeZone", "reminderHour", "reminderOffsetsDays", "createdAt")
     SELECT $1 || '-' || i || '@example.test', 'Person ' || i, now() - interval '2 days', 'UTC', 0, '{7}', now() - interval '2 days'
     FROM generate_series(1, $2::int) AS i
     RETURNING "id", "email"`,
    [label, count],
  );
  await database.query(
    `INSERT INTO "Goal" ("ownerId", "title", "category", "horizonYears", "deadline", "createdAt")
     SELECT id, 'Ship the portfolio', 'KNOWLEDGE', 1, (now() AT TIME ZONE 'UTC')::date + 7, now() - interval '2 days'
     FROM unnest($1::uuid[]) AS id`,
    [users.map((user) => user.id)],
  );
  return users.map((user) => user.email);
}
