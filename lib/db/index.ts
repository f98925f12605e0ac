// The process-wide database: opened on first use, migrated before anyone can query it.
// Kept on globalThis so dev-server reloads reuse one connection pool (and one PGlite, which
// must never be opened twice on the same folder).
import "server-only";
import { getEnv } from "../config/env";
import { applyMigrations } from "./apply-migrations";
import { openDatabaseFromEnv, type DatabaseHandle, type Db } from "./client";

export type { Db, DatabaseHandle };
export { Prisma } from "./generated/client";
import type { Prisma as PrismaNamespace } from "./generated/client";
/** A client or a transaction: what helpers that may run inside a transaction accept. */
export type DbClient = PrismaNamespace.TransactionClient;

const globalForDb = globalThis as unknown as { stepwiseDb?: Promise<DatabaseHandle> };

async function openAndMigrate(): Promise<DatabaseHandle> {
  const handle = await openDatabaseFromEnv();
  try {
    const applied = await applyMigrations(handle, { directUrl: getEnv().DATABASE_DIRECT_URL });
    if (applied.length > 0) console.info(`[db] applied migrations: ${applied.join(", ")}`);
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
  return handle;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (!globalForDb.stepwiseDb) {
    globalForDb.stepwiseDb = openAndMigrate();
    // A failed open (database down at start) must not be cached forever.
    globalForDb.stepwiseDb.catch(() => {
      globalForDb.stepwiseDb = undefined;
    });
  }
  return globalForDb.stepwiseDb;
}

/** The Prisma client every lib/ function uses. */
export async function getDb(): Promise<Db> {
  return (await getDatabase()).prisma;
}

/** Lets tests and scripts swap in a database they opened themselves. */
export function installDatabase(handle: DatabaseHandle): void {
  globalForDb.stepwiseDb = Promise.resolve(handle);
}

export async function closeDatabase(): Promise<void> {
  const pending = globalForDb.stepwiseDb;
  globalForDb.stepwiseDb = undefined;
  if (pending) await (await pending).close();
}
