import { afterAll, describe, expect, it } from "vitest";
import { isDatabaseReady } from "./readiness";
import { installDatabase } from "./index";
import { openPostgres } from "./client";
import { createTestDatabase } from "@/test/integration/database";

describe("isDatabaseReady", () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it("is true when the database answers", async () => {
    const database = await createTestDatabase();
    closers.push(database.drop);
    expect(await isDatabaseReady()).toBe(true);
  });

  it("is false, quickly, when the database is down", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const handle = await openPostgres("postgresql://postgres@127.0.0.1:1/stepwise", 1);
    closers.push(handle.close);
    installDatabase(handle);
    const started = Date.now();
    expect(await isDatabaseReady()).toBe(false);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
