// Per-file databases for integration tests. Each file clones the migrated template made by
// global-setup.ts and installs it as the process database (installDatabase), so every lib/
// function under test talks to it. Files run in parallel, each in its own database.
//
//   const db = setupTestDatabase();
//   it("...", async () => { const user = await createTestUser(db.prisma); ... });
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { openPostgres, type DatabaseHandle } from "../../lib/db/client";
import { installDatabase, type Db } from "../../lib/db/index";
import type { Prisma } from "../../lib/db/generated/client";
import { databaseUrl, quoteIdent, requireTestDatabaseUrl } from "./global-setup";

export type TestDatabase = {
  handle: DatabaseHandle;
  prisma: Db;
  /** Connection URL of this file's database (for code that opens its own connections). */
  url: string;
  name: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
};

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: requireTestDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

export type TestDatabaseOptions = {
  /** Connection pool size (default 5). */
  poolMax?: number;
  /** A database without any table, not even `_prisma_migrations` (for migration tests). */
  unmigrated?: boolean;
  /** Install it as the process database for lib/ code (default true). */
  install?: boolean;
  /** Called with every SQL statement (to count queries). */
  onQuery?: (sql: string) => void;
};

/**
 * Drops a database once its connections are gone. A closed pool's backends can linger for a
 * few milliseconds; forcing them out at once makes node-postgres log "terminating connection"
 * errors, so wait briefly before using FORCE.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      return;
    } catch (error) {
      // 55006: object_in_use ("is being accessed by other users").
      if ((error as { code?: string }).code !== "55006") throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

/** A fresh database with all migrations applied and no rows, installed as the process database. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = requireTestDatabaseUrl();
  const template = options.unmigrated ? "template0" : inject("stepwiseTemplateDatabase");
  const name = `${inject("stepwiseTestDatabasePrefix")}${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  const url = databaseUrl(serverUrl, name);
  let handle: DatabaseHandle;
  try {
    handle = await openPostgres(url, options.poolMax ?? 5, { onQuery: options.onQuery });
  } catch (error) {
    await dropDatabase(name);
    throw error;
  }
  if (options.install ?? true) installDatabase(handle);
  let dropped = false;
  return {
    handle,
    prisma: handle.prisma,
    url,
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await handle.close().catch(() => {});
      await dropDatabase(name);
    },
  };
}

/**
 * Registers beforeAll/afterAll in the calling file. The returned object's properties are
 * available once beforeAll has run (inside tests and hooks, not at collection time).
 */
export function setupTestDatabase(options: TestDatabaseOptions = {}): TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(options);
  });
  afterAll(async () => {
    await database?.drop();
  });
  const current = (): TestDatabase => {
    if (!database) throw new Error("The test database is created in beforeAll: use it inside tests or hooks.");
    return database;
  };
  return {
    get handle() {
      return current().handle;
    },
    get prisma() {
      return current().prisma;
    },
    get url() {
      return current().url;
    },
    get name() {
      return current().name;
    },
    drop: () => current().drop(),
  };
}

/** A user with an address no other test uses, so tests never collide on the unique email. */
export async function createTestUser(prisma: Db, overrides: Partial<Prisma.UserCreateInput> = {}) {
  const unique = randomUUID();
  return prisma.user.create({
    data: {
      email: `user-${unique}@example.test`,
      name: `Test User ${unique.slice(0, 8)}`,
      ...overrides,
    },
  });
}
