// The one place a Prisma client is made. DATABASE_URL set: a PostgreSQL server through
// @prisma/adapter-pg. Unset: an embedded, in-process PostgreSQL (PGlite) persisted under
// DATA_DIR. Everything above this file is identical for both.
import "server-only";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool as PgPool } from "pg";
import { PrismaClient } from "./generated/client";
import { getEnv } from "../config/env";
import type { SqlRunner } from "./sql-runner";

export type Db = PrismaClient;

export type DatabaseHandle = {
  prisma: PrismaClient;
  /** Raw SQL access for the migration runner and health checks. */
  sql: SqlRunner;
  kind: "postgres" | "embedded";
  close(): Promise<void>;
};

export type OpenOptions = {
  /** Called with every SQL statement Prisma runs (tests count queries with it). */
  onQuery?: (sql: string) => void;
};

function createClient(adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]["adapter"]>, options: OpenOptions): PrismaClient {
  if (!options.onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onQuery = options.onQuery;
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}

async function openPool(connectionString: string, poolMax: number): Promise<PgPool> {
  const { Pool } = await import("pg");
  const pool = new Pool({ connectionString, max: poolMax, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  return pool;
}

// Every statement here and in @prisma/adapter-pg is an unnamed one (node-postgres names a
// prepared statement only when asked to), and every transaction is BEGIN…COMMIT on one checked-out
// client: both hold behind PgBouncer in transaction mode, which has no named statements before 1.21.
function poolSqlRunner(pool: PgPool): SqlRunner {
  return {
    async query(text, params = []) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows;
    },
    async exec(text) {
      await pool.query(text);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await work({
          query: async (text, params = []) => (await client.query(text, params as unknown[])).rows,
          exec: async (text) => {
            await client.query(text);
          },
        });
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export async function openPostgres(connectionString: string, poolMax: number, options: OpenOptions = {}): Promise<DatabaseHandle> {
  const pool = await openPool(connectionString, poolMax);
  const prisma = createClient(new PrismaPg(pool), options);
  return {
    prisma,
    kind: "postgres",
    sql: poolSqlRunner(pool),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/** Raw SQL on one connection of its own, without a Prisma client (migrations over DATABASE_DIRECT_URL). */
export async function openPostgresSql(connectionString: string): Promise<{ sql: SqlRunner; close(): Promise<void> }> {
  const pool = await openPool(connectionString, 1);
  return {
    sql: poolSqlRunner(pool),
    async close() {
      await pool.end().catch(() => {});
    },
  };
}

/** `dataDir` undefined means in memory (tests). */
export async function openEmbedded(dataDir: string | undefined): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  let pglite: PGlite;
  if (dataDir) {
    const dir = path.resolve(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    pglite = await PGlite.create(dir);
  } else {
    pglite = await PGlite.create();
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "embedded",
    sql: {
      async query(text, params = []) {
        return (await pglite.query(text, params as unknown[])).rows as Record<string, unknown>[];
      },
      async exec(text) {
        await pglite.exec(text);
      },
      async transaction(work) {
        return pglite.transaction((tx) =>
          work({
            query: async (text, params = []) => (await tx.query(text, params as unknown[])).rows as Record<string, unknown>[],
            exec: async (text) => {
              await tx.exec(text);
            },
          }),
        );
      },
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export async function openDatabaseFromEnv(): Promise<DatabaseHandle> {
  const env = getEnv();
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL, env.DATABASE_POOL_MAX) : openEmbedded(env.DATA_DIR);
}
