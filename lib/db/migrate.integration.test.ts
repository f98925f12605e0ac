// The migration runner against a real PostgreSQL server, each case on its own empty database.
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/integration/database";
import { openPostgres, type DatabaseHandle } from "./client";
import { applyMigrations } from "./apply-migrations";
import { migrate, MigrationError } from "./migrate";
import type { SqlExecutor } from "./sql-runner";

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

let migrationNames: string[];
let scratchDir: string;

beforeAll(async () => {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  migrationNames = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  scratchDir = await mkdtemp(path.join(os.tmpdir(), "stepwise-migrations-"));
});

afterAll(async () => {
  await rm(scratchDir, { recursive: true, force: true });
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ unmigrated: true, install: false, poolMax: 2 });
  cleanups.push(() => database.drop());
  return database;
}

/** A private copy of prisma/migrations that a test may edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(scratchDir, "copy-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

async function migrationRows(sql: SqlExecutor): Promise<MigrationRow[]> {
  return (await sql.query(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`)) as MigrationRow[];
}

async function tableExists(sql: SqlExecutor, table: string): Promise<boolean> {
  const [row] = await sql.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public."${table}"`]);
  return row?.present === true;
}

describe("migrate()", () => {
  it("applies every migration to an empty database and records it as Prisma Migrate does", async () => {
    const { handle } = await emptyDatabase();

    const applied = await migrate(handle.sql, MIGRATIONS_DIR);

    expect(applied).toEqual(migrationNames);
    const rows = await migrationRows(handle.sql);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(handle.sql, "User")).toBe(true);
    expect(await tableExists(handle.sql, "EmailDelivery")).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const { handle } = await emptyDatabase();
    await migrate(handle.sql, MIGRATIONS_DIR);
    const before = await migrationRows(handle.sql);

    expect(await migrate(handle.sql, MIGRATIONS_DIR)).toEqual([]);
    expect(await migrationRows(handle.sql)).toEqual(before);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const { handle } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(handle.sql, dir);
    const first = migrationNames[0]!;
    const file = path.join(dir, first, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\nALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n`);

    const attempt = migrate(handle.sql, dir);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`Migration ${first} was changed after it was applied`));
    const [column] = await handle.sql.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'nickname'`);
    expect(column?.n).toBe(0);
  });

  it("rolls a failing migration back completely and applies it once fixed", async () => {
    const { handle } = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(handle.sql, dir);
    const before = await migrationRows(handle.sql);
    const broken = "29991231000000_broken";
    // The first statement succeeds; the second fails: nothing of either may remain.
    await addMigration(dir, broken, `CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "User" ADD COLUMN "nickname" TEXT;\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n`);

    const attempt = migrate(handle.sql, dir);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/Migration 29991231000000_broken failed: .*NoSuchTable/);
    expect(await tableExists(handle.sql, "HalfDone")).toBe(false);
    const [column] = await handle.sql.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'nickname'`);
    expect(column?.n).toBe(0);
    expect(await migrationRows(handle.sql)).toEqual(before);

    await writeFile(path.join(dir, broken, "migration.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER);\n`);
    expect(await migrate(handle.sql, dir)).toEqual([broken]);
    expect(await tableExists(handle.sql, "HalfDone")).toBe(true);
  });

  it("lets several instances start at once on an empty database: each migration applied exactly once", async () => {
    const database = await emptyDatabase();
    const instances: DatabaseHandle[] = await Promise.all([1, 2, 3, 4].map(() => openPostgres(database.url, 2)));
    cleanups.push(async () => {
      await Promise.all(instances.map((instance) => instance.close()));
    });

    const results = await Promise.all(instances.map((instance) => migrate(instance.sql, MIGRATIONS_DIR)));

    expect(results.flat().sort()).toEqual(migrationNames);
    expect(results.filter((names) => names.length > 0)).toHaveLength(1);
    const counts = await database.handle.sql.query(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`);
    expect(counts).toEqual(migrationNames.map((name) => ({ migration_name: name, n: 1 })));
  });
});

describe("applyMigrations()", () => {
  it("migrates over DATABASE_DIRECT_URL when given, not over the app's pool (PgBouncer in front)", async () => {
    const pooled = await emptyDatabase();
    const direct = await emptyDatabase();

    const applied = await applyMigrations(pooled.handle, { directUrl: direct.url, dir: MIGRATIONS_DIR });

    expect(applied).toEqual(migrationNames);
    expect((await migrationRows(direct.handle.sql)).map((row) => row.migration_name)).toEqual(migrationNames);
    expect(await tableExists(pooled.handle.sql, "_prisma_migrations")).toBe(false);
  });

  it("migrates over the app's own pool without one", async () => {
    const database = await emptyDatabase();

    expect(await applyMigrations(database.handle, { dir: MIGRATIONS_DIR })).toEqual(migrationNames);
    expect(await tableExists(database.handle.sql, "User")).toBe(true);
  });
});
