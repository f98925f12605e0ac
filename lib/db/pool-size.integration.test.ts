// DATABASE_POOL_MAX is the most connections one instance opens, whatever its load: the
// figure to multiply by the number of instances against PostgreSQL's max_connections.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openDatabaseFromEnv } from "./client";
import { resetEnvCache } from "@/lib/config/env";
import { createTestDatabase } from "@/test/integration/database";

describe("DATABASE_POOL_MAX", () => {
  const saved = { url: process.env.DATABASE_URL, max: process.env.DATABASE_POOL_MAX };
  afterAll(() => {
    process.env.DATABASE_URL = saved.url;
    process.env.DATABASE_POOL_MAX = saved.max;
    resetEnvCache();
  });

  it("caps the connections an instance opens, with 12 queries waiting at once", async () => {
    const database = await createTestDatabase({ install: false });
    process.env.DATABASE_URL = database.url;
    process.env.DATABASE_POOL_MAX = "3";
    resetEnvCache();
    const handle = await openDatabaseFromEnv();
    const observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
    try {
      let finished = false;
      const sleeping = Promise.all(Array.from({ length: 12 }, () => handle.prisma.$queryRaw`SELECT pg_sleep(0.3)::text`)).finally(() => (finished = true));
      // Sampled while the 12 queries go through (4 rounds of 3 when the cap holds).
      let most = 0;
      while (!finished) {
        const { rows } = await observer.query<{ count: number }>("SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        most = Math.max(most, rows[0]?.count ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await sleeping;
      expect(most).toBe(3);
    } finally {
      await observer.end();
      await handle.close();
      await database.drop();
    }
  });
});
