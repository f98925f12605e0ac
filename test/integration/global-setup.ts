// Runs once per `vitest --project integration` run: migrates a template database with the
// project's own runner, so every test file can clone a ready schema in milliseconds
// (CREATE DATABASE ... TEMPLATE) instead of migrating again. Drops the template, and any test
// database a crashed file left behind, at the end.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPostgres } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** Name of the migrated database each test file clones. */
    stepwiseTemplateDatabase: string;
    /** Prefix of the per-file databases of this run, so teardown can find leftovers. */
    stepwiseTestDatabasePrefix: string;
  }
}

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

export function requireTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error("TEST_DATABASE_URL is not set. Integration tests need a PostgreSQL server: run them with `npm run test:integration` " + "(starts a throwaway server), or set TEST_DATABASE_URL to an admin URL of a server you own, e.g. postgresql://postgres@127.0.0.1:5432/postgres.");
  }
  return url;
}

/** The same server URL with another database name. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = requireTestDatabaseUrl();
  const runId = randomBytes(4).toString("hex");
  const template = `stepwise_template_${runId}`;
  const testPrefix = `stepwise_t_${runId}_`;

  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(template)}`));
  try {
    const handle = await openPostgres(databaseUrl(serverUrl, template), 2);
    try {
      await migrate(handle.sql, MIGRATIONS_DIR);
    } finally {
      await handle.close();
    }
  } catch (error) {
    await dropDatabases(serverUrl, [template]);
    throw error;
  }

  project.provide("stepwiseTemplateDatabase", template);
  project.provide("stepwiseTestDatabasePrefix", testPrefix);

  return async () => {
    const leftovers = await withAdmin(serverUrl, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [testPrefix]);
      return rows.map((row) => row.datname);
    });
    await dropDatabases(serverUrl, [...leftovers, template]);
  };
}

async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
}
