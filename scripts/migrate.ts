// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database in DATA_DIR (stop `npm start` first: PGlite allows one process per folder).
import { openDatabaseFromEnv } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";

const handle = await openDatabaseFromEnv();
try {
  const applied = await migrate(handle.sql);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await handle.close();
}
