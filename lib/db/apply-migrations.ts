// Where migrations run: over DATABASE_DIRECT_URL when it is set (DATABASE_URL then usually goes
// through a transaction-pooling PgBouncer, whose query and transaction timeouts a long migration
// should not meet, and whose small server pool it should not hold), else over the app's own
// pool. Either works behind PgBouncer: the runner holds one transaction and a transaction-level
// advisory lock, nothing that needs the same server connection across transactions.
import "server-only";
import { openPostgresSql, type DatabaseHandle } from "./client";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "./migrate";

export type ApplyMigrationsOptions = { directUrl?: string; dir?: string };

/** Returns the names of the migrations it applied. */
export async function applyMigrations(handle: DatabaseHandle, { directUrl, dir = DEFAULT_MIGRATIONS_DIR }: ApplyMigrationsOptions = {}): Promise<string[]> {
  if (!directUrl || handle.kind !== "postgres") return migrate(handle.sql, dir);
  const direct = await openPostgresSql(directUrl);
  try {
    return await migrate(direct.sql, dir);
  } finally {
    await direct.close();
  }
}
