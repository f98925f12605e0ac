// Extra production servers for the scale-out, shutdown and cluster specs, started as
// `npm start` starts them (scripts/production-server.ts) on ports of their own, configured
// like Playwright's main web server (same build, same AUTH_SECRET) but on a scratch database
// of their own. Their reminder passes plan and claim for everyone in their database: on the
// suite's shared database they would email other specs' users and could take rows the main
// server queued for immediate delivery.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startProductionServer, type ProductionServer } from "../../scripts/production-server";

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
  // An idle connection the server ends (a dropped database, a restart) is replaced on the next
  // query; without a listener its error would crash the test worker.
  pool.on("error", (error) => console.warn(`[e2e] scratch database ${name}: idle connection ended: ${error.message}`));
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

export type Instance = ProductionServer;

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

export function startInstance(options: InstanceOptions): Promise<Instance> {
  return startProductionServer({
    port: options.port,
    env: {
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: "4",
      AUTH_SECRET: process.env.STEPWISE_E2E_AUTH_SECRET ?? "",
      ...(options.appUrl ? { APP_URL: options.appUrl } : {}),
      SMTP_URL: options.smtpUrl,
      CRON_SECRET,
      REMINDER_TIMER: "off",
      WEB_CONCURRENCY: String(options.workers ?? 1),
      ...options.env,
    },
  });
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
