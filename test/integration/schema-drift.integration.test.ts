// schema.prisma, the generated client and the hand-written migrations must describe the same
// database. Checked on both engines the app runs on: a PostgreSQL server (a clone of the
// migrated template) and embedded PGlite (migrated here). The last block proves the check is
// not blind: each known kind of drift, applied in a rolled-back transaction, must be reported.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbedded, type DatabaseHandle } from "../../lib/db/client";
import { $Enums, Prisma } from "../../lib/db/generated/client";
import { migrate } from "../../lib/db/migrate";
import type { SqlExecutor } from "../../lib/db/sql-runner";
import { createTestDatabase, type TestDatabase } from "./database";
import { compareSchema, formatDifferences, introspectDatabase, loadPrismaDatamodel, type Datamodel, type Difference, type DifferenceKind } from "./schema-compare";

const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_PATH = path.resolve(here, "../../prisma/schema.prisma");
const MIGRATIONS_DIR = path.resolve(here, "../../prisma/migrations");

let datamodel: Datamodel;
beforeAll(async () => {
  datamodel = await loadPrismaDatamodel(SCHEMA_PATH);
}, 60_000);

describe("the generated client", () => {
  it("was generated from the current schema.prisma (else: npm run db:generate)", () => {
    const scalarFieldsOf = (model: string) => Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`] ?? {});
    expect(Object.values(Prisma.ModelName).sort()).toEqual(datamodel.models.map((m) => m.name).sort());
    for (const model of datamodel.models) {
      expect(scalarFieldsOf(model.name), model.name).toEqual(model.fields.filter((f) => f.kind !== "object").map((f) => f.name));
    }
    const clientEnums = $Enums as unknown as Record<string, Record<string, string>>;
    expect(Object.keys(clientEnums).sort()).toEqual(datamodel.enums.map((e) => e.name).sort());
    for (const e of datamodel.enums) {
      expect(Object.values(clientEnums[e.name] ?? {}), e.name).toEqual(e.values.map((v) => v.name));
    }
  });
});

type Target = { name: string; open(): Promise<{ sql: DatabaseHandle["sql"]; close(): Promise<void> }> };

const targets: Target[] = [
  {
    name: "PostgreSQL server",
    async open() {
      const database: TestDatabase = await createTestDatabase({ poolMax: 2 });
      return { sql: database.handle.sql, close: () => database.drop() };
    },
  },
  {
    name: "embedded PGlite",
    async open() {
      const handle = await openEmbedded(undefined);
      await migrate(handle.sql, MIGRATIONS_DIR);
      return { sql: handle.sql, close: () => handle.close() };
    },
  },
];

// Each drift is applied inside a transaction that is always rolled back, so all cases share
// one scratch database and leave it as migrated.
const drifts: { name: string; sql: string; expected: Pick<Difference, "kind" | "object">[] }[] = [
  { name: "a dropped column", sql: `ALTER TABLE "Goal" DROP COLUMN "reward"`, expected: [{ kind: "missing-column", object: "Goal.reward" }] },
  { name: "an extra column", sql: `ALTER TABLE "Goal" ADD COLUMN "legacy" TEXT`, expected: [{ kind: "extra-column", object: "Goal.legacy" }] },
  { name: "a dropped table", sql: `DROP TABLE "Notification"`, expected: [{ kind: "missing-table", object: "Notification" }] },
  { name: "an extra table", sql: `CREATE TABLE "Orphan" ("id" INTEGER)`, expected: [{ kind: "extra-table", object: "Orphan" }] },
  {
    name: "a required column made nullable",
    sql: `ALTER TABLE "Goal" ALTER COLUMN "title" DROP NOT NULL`,
    expected: [{ kind: "column-nullability", object: "Goal.title" }],
  },
  {
    name: "an optional column made NOT NULL",
    sql: `ALTER TABLE "Goal" ALTER COLUMN "reward" SET NOT NULL`,
    expected: [{ kind: "column-nullability", object: "Goal.reward" }],
  },
  {
    name: "Int stored as bigint",
    sql: `ALTER TABLE "Goal" ALTER COLUMN "horizonYears" TYPE BIGINT`,
    expected: [{ kind: "column-type", object: "Goal.horizonYears" }],
  },
  {
    name: "Decimal(14, 2) stored with another precision",
    sql: `ALTER TABLE "Goal" ALTER COLUMN "targetValue" TYPE DECIMAL(10,2)`,
    expected: [{ kind: "column-type", object: "Goal.targetValue" }],
  },
  {
    name: "a @db.Date stored as a timestamp",
    sql: `ALTER TABLE "Goal" ALTER COLUMN "deadline" TYPE TIMESTAMPTZ(3)`,
    expected: [{ kind: "column-type", object: "Goal.deadline" }],
  },
  {
    name: "a timestamptz stored without time zone",
    sql: `ALTER TABLE "User" ALTER COLUMN "emailVerifiedAt" TYPE TIMESTAMP(3)`,
    expected: [{ kind: "column-type", object: "User.emailVerifiedAt" }],
  },
  { name: "a uuid stored as text", sql: `ALTER TABLE "Notification" ALTER COLUMN "id" TYPE TEXT`, expected: [{ kind: "column-type", object: "Notification.id" }] },
  {
    name: "an enum column stored as text",
    sql: `ALTER TABLE "Goal" ALTER COLUMN "category" TYPE TEXT`,
    expected: [{ kind: "column-type", object: "Goal.category" }],
  },
  {
    name: "an Int[] stored as a single integer",
    sql: `ALTER TABLE "User" ALTER COLUMN "reminderOffsetsDays" DROP DEFAULT, ALTER COLUMN "reminderOffsetsDays" TYPE INTEGER USING 0, ALTER COLUMN "reminderOffsetsDays" SET DEFAULT 0`,
    expected: [{ kind: "column-type", object: "User.reminderOffsetsDays" }],
  },
  {
    name: "a dropped default",
    sql: `ALTER TABLE "User" ALTER COLUMN "timeZone" DROP DEFAULT`,
    expected: [{ kind: "column-default", object: "User.timeZone" }],
  },
  { name: "an extra enum value", sql: `ALTER TYPE "GoalStatus" ADD VALUE 'PAUSED'`, expected: [{ kind: "enum-values", object: "GoalStatus" }] },
  { name: "an extra enum type", sql: `CREATE TYPE "Mood" AS ENUM ('HAPPY')`, expected: [{ kind: "extra-enum", object: "Mood" }] },
  { name: "a dropped @unique", sql: `DROP INDEX "User_email_key"`, expected: [{ kind: "missing-unique", object: "User(email)" }] },
  {
    name: "a dropped @@unique",
    sql: `DROP INDEX "ReviewDecision_sessionId_goalId_key"`,
    expected: [{ kind: "missing-unique", object: "ReviewDecision(sessionId, goalId)" }],
  },
  {
    name: "a @unique index that is not unique",
    sql: `DROP INDEX "AuthToken_tokenHash_key"; CREATE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash")`,
    expected: [
      { kind: "missing-unique", object: "AuthToken(tokenHash)" },
      { kind: "extra-index", object: "AuthToken(tokenHash)" },
    ],
  },
  {
    name: "a unique index the schema does not declare",
    sql: `CREATE UNIQUE INDEX "Goal_title_key" ON "Goal"("title")`,
    expected: [{ kind: "extra-unique", object: "Goal(title)" }],
  },
  {
    name: "a dropped primary key",
    sql: `ALTER TABLE "RateLimit" DROP CONSTRAINT "RateLimit_pkey"`,
    expected: [{ kind: "missing-primary-key", object: "RateLimit(key)" }],
  },
  { name: "a dropped @@index", sql: `DROP INDEX "Goal_status_deadline_idx"`, expected: [{ kind: "missing-index", object: "Goal(status, deadline)" }] },
  {
    name: "a dropped foreign key",
    sql: `ALTER TABLE "Goal" DROP CONSTRAINT "Goal_ownerId_fkey"`,
    expected: [{ kind: "missing-foreign-key", object: "Goal(ownerId) -> User(id)" }],
  },
  {
    name: "a foreign key with another ON DELETE",
    sql: `ALTER TABLE "Goal" DROP CONSTRAINT "Goal_ownerId_fkey";
          ALTER TABLE "Goal" ADD CONSTRAINT "Goal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
    expected: [{ kind: "foreign-key-action", object: "Goal(ownerId) -> User(id)" }],
  },
];

class RollBack extends Error {}

const differenceKey = (d: Difference) => `${d.kind} ${d.object} ${d.message}`;

/**
 * What `drift` adds to the differences the database already has. Relative to a baseline so a
 * real drift (reported by the "matches" test) does not also fail every self-test below.
 */
async function differencesAfter(sql: DatabaseHandle["sql"], drift: string, baseline: Difference[]): Promise<Difference[]> {
  const known = new Set(baseline.map(differenceKey));
  let differences: Difference[] = [];
  await sql
    .transaction(async (tx: SqlExecutor) => {
      await tx.exec(drift);
      differences = compareSchema(datamodel, await introspectDatabase(tx)).filter((d) => !known.has(differenceKey(d)));
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return differences;
}

describe.each(targets)("the migrated database on $name", (target) => {
  let database: Awaited<ReturnType<Target["open"]>>;
  let baseline: Difference[];
  beforeAll(async () => {
    database = await target.open();
    baseline = compareSchema(datamodel, await introspectDatabase(database.sql));
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it("matches schema.prisma: tables, column types, nullability, defaults, enums, keys and indexes", () => {
    expect(baseline, `schema.prisma and prisma/migrations disagree (add a migration: see README):\n${formatDifferences(baseline)}\n`).toEqual([]);
  });

  it.each(drifts)("reports $name", async ({ sql, expected }) => {
    const differences = await differencesAfter(database.sql, sql, baseline);
    const found = differences.map(({ kind, object }) => ({ kind, object }));
    expect(found, formatDifferences(differences)).toEqual(expect.arrayContaining(expected));
    // Nothing unrelated: one drift, only its own report(s).
    expect(new Set(found.map((d) => d.kind)), formatDifferences(differences)).toEqual(new Set<DifferenceKind>(expected.map((d) => d.kind)));
  });

  it("is unchanged after the rolled-back drifts", async () => {
    expect(compareSchema(datamodel, await introspectDatabase(database.sql))).toEqual(baseline);
  });
});
