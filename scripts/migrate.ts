// `npm run db:migrate`: applies pending migrations to DATABASE_URL (over DATABASE_DIRECT_URL
// when set), or to the embedded database in DATA_DIR (stop `npm start` first: PGlite allows one
// process per folder).
import { getEnv } from "../lib/config/env";
import { applyMigrations } from "../lib/db/apply-migrations";
import { openDatabaseFromEnv } from "../lib/db/client";

const handle = await openDatabaseFromEnv();
try {
  const applied = await applyMigrations(handle, { directUrl: getEnv().DATABASE_DIRECT_URL });
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await handle.close();
}
