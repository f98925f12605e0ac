// Compares the Prisma schema with a migrated database, so hand-written migrations cannot drift
// from schema.prisma unnoticed (we cannot run `prisma migrate diff` here: see lib/db/migrate.ts).
//
// Where the schema side comes from: Prisma 7's generated client no longer carries the DMMF at
// runtime (`Prisma.dmmf` is gone; its `runtimeDataModel` has names and scalar types but no
// nullability, native types or indexes), and @prisma/internals is not a dependency. So we ask
// the Prisma CLI itself: `prisma generate` on a copy of schema.prisma whose only generator is a
// 20-line script speaking Prisma's public generator protocol, which receives the full DMMF —
// the same data Prisma's own generators use. It runs offline in about a second.
//
// The database side is read from pg_catalog, which PostgreSQL and PGlite share.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { SqlExecutor } from "../../lib/db/sql-runner";

// ---------------------------------------------------------------------------------------------
// Schema side: the parts of Prisma's DMMF this comparison reads.

export type DmmfFieldDefault = string | number | boolean | unknown[] | { name: string; args: unknown[] };

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: DmmfFieldDefault;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};

export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };

export type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };

export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
};

export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

const GENERATOR_SCRIPT = `
import readline from "node:readline";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
const respond = (message) => process.stderr.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\\n");
readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
  const request = JSON.parse(line);
  if (request.method === "getManifest") {
    respond({ id: request.id, result: { manifest: { prettyName: "DMMF dump", requiresGenerators: [] } } });
  } else if (request.method === "generate") {
    const output = request.params.generator.output.value;
    mkdirSync(output, { recursive: true });
    writeFileSync(path.join(output, "dmmf.json"), JSON.stringify(request.params.dmmf.datamodel));
    respond({ id: request.id, result: null });
  }
});
`;

/** The DMMF datamodel of a schema file, as Prisma's own parser produces it. */
export async function loadPrismaDatamodel(schemaPath: string): Promise<Datamodel> {
  const schema = await readFile(schemaPath, "utf8");
  const workDir = await mkdtemp(path.join(os.tmpdir(), "stepwise-dmmf-"));
  try {
    const generatorPath = path.join(workDir, "dump-dmmf.mjs");
    const outputDir = path.join(workDir, "out");
    await writeFile(generatorPath, GENERATOR_SCRIPT);
    const generatorBlock = ["generator dmmf {", `  provider = ${JSON.stringify(`"${process.execPath}" "${generatorPath}"`)}`, `  output   = ${JSON.stringify(outputDir)}`, "}"].join("\n");
    const withoutGenerators = schema.replace(/^generator\s+\w+\s*\{[\s\S]*?^\}/gm, "");
    if (/^generator\s/m.test(withoutGenerators)) throw new Error("Could not remove the generator blocks from schema.prisma");
    await writeFile(path.join(workDir, "schema.prisma"), `${withoutGenerators}\n${generatorBlock}\n`);

    const require = createRequire(import.meta.url);
    const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
    await run(process.execPath, [cli, "generate", "--schema", path.join(workDir, "schema.prisma")], {
      cwd: workDir,
      env: {
        ...process.env,
        // generate never uses the schema engine, but the CLI downloads it unless one is given
        // (same trick as scripts/prisma-generate.mjs).
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
        NO_COLOR: "1",
      },
    });
    const datamodel = JSON.parse(await readFile(path.join(outputDir, "dmmf.json"), "utf8")) as Datamodel;
    if (!Array.isArray(datamodel.models) || !Array.isArray(datamodel.enums) || !Array.isArray(datamodel.indexes)) {
      throw new Error("Unexpected DMMF shape from Prisma: expected models, enums and indexes arrays");
    }
    return datamodel;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function run(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate (DMMF dump) exited with ${code}:\n${output}`))));
  });
}

// ---------------------------------------------------------------------------------------------
// Database side.

export type DbColumn = { table: string; name: string; type: string; notNull: boolean; hasDefault: boolean };
export type DbIndex = {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  /** Partial or expression indexes: things schema.prisma cannot express, so not compared. */
  special: boolean;
};
export type DbForeignKey = {
  table: string;
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};
export type DatabaseSchema = {
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
};

const jsonList = (value: unknown): string[] => (value == null ? [] : (JSON.parse(String(value)) as string[]));

/** Reads the current schema (search_path's first schema) of a database. */
export async function introspectDatabase(sql: SqlExecutor): Promise<DatabaseSchema> {
  const tables = await sql.query(`
    SELECT c.relname AS table_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`);
  const columns = await sql.query(`
    SELECT c.relname AS table_name, a.attname AS column_name,
           format_type(a.atttypid, a.atttypmod) AS data_type,
           a.attnotnull AS not_null,
           (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS has_default
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`);
  const enums = await sql.query(`
    SELECT t.typname AS enum_name, json_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
    FROM pg_type t
    JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = current_schema()
    GROUP BY t.typname`);
  const indexes = await sql.query(`
    SELECT t.relname AS table_name, i.relname AS index_name,
           ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
           (ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL) AS is_special,
           (SELECT json_agg(a.attname ORDER BY k.ord)::text
              FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')`);
  const foreignKeys = await sql.query(`
    SELECT c.conname AS constraint_name, src.relname AS table_name, dst.relname AS referenced_table,
           c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
           (SELECT json_agg(a.attname ORDER BY k.ord)::text
              FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
           (SELECT json_agg(a.attname ORDER BY k.ord)::text
              FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns
    FROM pg_constraint c
    JOIN pg_class src ON src.oid = c.conrelid
    JOIN pg_class dst ON dst.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace
    WHERE c.contype = 'f' AND n.nspname = current_schema()`);

  return {
    tables: tables.map((row) => String(row.table_name)),
    columns: columns.map((row) => ({
      table: String(row.table_name),
      name: String(row.column_name),
      // format_type quotes mixed-case names ("GoalStatus"); compare bare names.
      type: String(row.data_type).replaceAll('"', ""),
      notNull: row.not_null === true,
      hasDefault: row.has_default === true,
    })),
    enums: new Map(enums.map((row) => [String(row.enum_name), jsonList(row.labels)])),
    indexes: indexes.map((row) => ({
      table: String(row.table_name),
      name: String(row.index_name),
      columns: jsonList(row.columns),
      unique: row.is_unique === true,
      primary: row.is_primary === true,
      special: row.is_special === true,
    })),
    foreignKeys: foreignKeys.map((row) => ({
      table: String(row.table_name),
      name: String(row.constraint_name),
      columns: jsonList(row.columns),
      referencedTable: String(row.referenced_table),
      referencedColumns: jsonList(row.referenced_columns),
      onDelete: String(row.on_delete),
      onUpdate: String(row.on_update),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison.

export type DifferenceKind =
  | "missing-table"
  | "extra-table"
  | "missing-column"
  | "extra-column"
  | "column-type"
  | "column-nullability"
  | "column-default"
  | "missing-enum"
  | "extra-enum"
  | "enum-values"
  | "missing-primary-key"
  | "missing-unique"
  | "extra-unique"
  | "missing-index"
  | "extra-index"
  | "missing-foreign-key"
  | "foreign-key-action"
  | "extra-foreign-key";

export type Difference = { kind: DifferenceKind; object: string; message: string };

/** Tables that exist without a model. */
const BOOKKEEPING_TABLES = new Set(["_prisma_migrations"]);

const DEFAULT_POSTGRES_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** How PostgreSQL's format_type() spells a Prisma native type. */
function nativePostgresType(name: string, args: string[]): string {
  const precision = args.length > 0 ? `(${args.join(",")})` : "";
  switch (name) {
    case "Text":
      return "text";
    case "Char":
      return `character${precision || "(1)"}`;
    case "VarChar":
      return `character varying${precision}`;
    case "Bit":
      return `bit${precision || "(1)"}`;
    case "VarBit":
      return `bit varying${precision}`;
    case "Uuid":
    case "Xml":
    case "Inet":
    case "Citext":
    case "Money":
    case "Oid":
    case "Date":
      return name.toLowerCase();
    case "Boolean":
      return "boolean";
    case "Integer":
      return "integer";
    case "SmallInt":
      return "smallint";
    case "BigInt":
      return "bigint";
    case "Real":
      return "real";
    case "DoublePrecision":
      return "double precision";
    case "Decimal":
      return `numeric${precision}`;
    case "Timestamp":
      return `timestamp${precision} without time zone`;
    case "Timestamptz":
      return `timestamp${precision} with time zone`;
    case "Time":
      return `time${precision} without time zone`;
    case "Timetz":
      return `time${precision} with time zone`;
    case "Json":
      return "json";
    case "JsonB":
      return "jsonb";
    case "ByteA":
      return "bytea";
    default:
      // Loud on purpose: an unmapped type must not make the comparison pass silently.
      throw new Error(`schema-compare does not know PostgreSQL's name for @db.${name}; add it to nativePostgresType()`);
  }
}

export function expectedColumnType(field: DmmfField, enumDbNames: Map<string, string>): string | undefined {
  let base: string | undefined;
  if (field.kind === "enum") base = enumDbNames.get(field.type) ?? field.type;
  else if (field.kind === "unsupported") return undefined;
  else if (field.nativeType) base = nativePostgresType(field.nativeType[0], field.nativeType[1]);
  else base = DEFAULT_POSTGRES_TYPES[field.type];
  if (base === undefined) throw new Error(`schema-compare does not know the PostgreSQL type of Prisma type ${field.type}`);
  return field.isList ? `${base}[]` : base;
}

const CLIENT_SIDE_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

/** "yes": the column must have a database default; "no": it must not; "any": not compared. */
function expectedDefault(field: DmmfField): "yes" | "no" | "any" {
  if (!field.hasDefaultValue) return "no";
  const value = field.default;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    if (CLIENT_SIDE_DEFAULTS.has(value.name)) return "no";
    // dbgenerated() without an expression means "the database fills it somehow" (trigger...).
    if (value.name === "dbgenerated" && value.args.length === 0) return "any";
  }
  return "yes";
}

const REFERENTIAL_ACTIONS: Record<string, string> = { Cascade: "c", Restrict: "r", NoAction: "a", SetNull: "n", SetDefault: "d" };
const ACTION_NAMES = Object.fromEntries(Object.entries(REFERENTIAL_ACTIONS).map(([name, code]) => [code, name]));

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const listKey = (table: string, columns: readonly string[]) => `${table}(${columns.join(", ")})`;

/** Every way `database` differs from what `datamodel` describes. Empty means they agree. */
export function compareSchema(datamodel: Datamodel, database: DatabaseSchema): Difference[] {
  const differences: Difference[] = [];
  const report = (kind: DifferenceKind, object: string, message: string) => differences.push({ kind, object, message });

  const enumDbNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const tableOf = (modelName: string) => {
    const model = models.get(modelName);
    return model?.dbName ?? model?.name ?? modelName;
  };
  const columnOf = (modelName: string, fieldName: string) => {
    const field = models.get(modelName)?.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  // Tables and columns.
  const dbTables = new Set(database.tables);
  // Tables whose every column, index and key must come from the schema.
  const modelTables = new Set(datamodel.models.map((model) => tableOf(model.name)));
  const expectedTables = new Set([...BOOKKEEPING_TABLES, ...modelTables]);
  for (const model of datamodel.models) {
    const table = tableOf(model.name);
    if (!dbTables.has(table)) {
      report("missing-table", table, `model ${model.name} has no table "${table}"`);
      continue;
    }
    const dbColumns = new Map(database.columns.filter((c) => c.table === table).map((c) => [c.name, c]));
    const expectedColumns = new Set<string>();
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const name = field.dbName ?? field.name;
      expectedColumns.add(name);
      const object = `${table}.${name}`;
      const column = dbColumns.get(name);
      if (!column) {
        report("missing-column", object, `field ${model.name}.${field.name} has no column`);
        continue;
      }
      const type = expectedColumnType(field, enumDbNames);
      if (type !== undefined && column.type !== type) report("column-type", object, `expected ${type}, found ${column.type}`);
      // Prisma Migrate creates scalar lists without NOT NULL and reads either as a list.
      if (!field.isList && field.isRequired !== column.notNull) {
        report("column-nullability", object, field.isRequired ? "expected NOT NULL, column is nullable" : "expected nullable, column is NOT NULL");
      }
      const wantDefault = expectedDefault(field);
      if (wantDefault !== "any" && (wantDefault === "yes") !== column.hasDefault) {
        report("column-default", object, wantDefault === "yes" ? "schema has a database default, column has none" : "column has a default the schema does not declare");
      }
    }
    for (const name of dbColumns.keys()) {
      if (!expectedColumns.has(name)) report("extra-column", `${table}.${name}`, `column not in model ${model.name}`);
    }
  }
  // Implicit many-to-many join tables (`_AToB`) belong to the schema too.
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.isList || field.relationFromFields?.length) continue;
      const other = models.get(field.type)?.fields.find((f) => f.kind === "object" && f.type === model.name && f.isList && f !== field);
      if (other) expectedTables.add(`_${field.relationName}`);
    }
  }
  for (const table of database.tables) {
    if (!expectedTables.has(table)) report("extra-table", table, "table has no model");
  }

  // Enums.
  const expectedEnumNames = new Set<string>();
  for (const e of datamodel.enums) {
    const name = e.dbName ?? e.name;
    expectedEnumNames.add(name);
    const labels = database.enums.get(name);
    const values = e.values.map((v) => v.dbName ?? v.name);
    if (!labels) report("missing-enum", name, `enum ${e.name} has no type`);
    else if (!sameList(labels, values)) report("enum-values", name, `expected [${values.join(", ")}], found [${labels.join(", ")}]`);
  }
  for (const name of database.enums.keys()) {
    if (!expectedEnumNames.has(name)) report("extra-enum", name, "enum type not in schema");
  }

  // Primary keys, unique constraints and indexes. Only plain column indexes are compared;
  // partial and expression indexes come from raw SQL on purpose.
  const plainIndexes = database.indexes.filter((index) => !index.special);
  const matched = new Set<DbIndex>();
  for (const index of datamodel.indexes) {
    const table = tableOf(index.model);
    if (!dbTables.has(table)) continue; // already reported as a missing table
    const columns = index.fields.map((f) => columnOf(index.model, f.name));
    const object = listKey(table, columns);
    const candidates = plainIndexes.filter((i) => i.table === table && sameList(i.columns, columns));
    let found: DbIndex | undefined;
    if (index.type === "id") {
      found = candidates.find((i) => i.primary);
      if (!found) report("missing-primary-key", object, `@id of ${index.model} has no PRIMARY KEY on (${columns.join(", ")})`);
    } else if (index.type === "unique") {
      found = candidates.find((i) => i.unique && !i.primary);
      if (!found) report("missing-unique", object, `@unique of ${index.model} has no unique index on (${columns.join(", ")})`);
    } else {
      found = candidates.find((i) => !i.unique && !matched.has(i));
      if (!found) report("missing-index", object, `@@index of ${index.model} has no index on (${columns.join(", ")})`);
    }
    if (found) matched.add(found);
  }
  for (const index of plainIndexes) {
    if (matched.has(index) || !modelTables.has(index.table)) continue;
    if (index.primary) report("missing-primary-key", listKey(index.table, index.columns), `PRIMARY KEY ${index.name} is not the model's @id`);
    else if (index.unique) report("extra-unique", listKey(index.table, index.columns), `unique index ${index.name} is not in the schema`);
    else report("extra-index", listKey(index.table, index.columns), `index ${index.name} is not in the schema`);
  }

  // Foreign keys.
  const matchedKeys = new Set<DbForeignKey>();
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const table = tableOf(model.name);
      if (!dbTables.has(table)) continue;
      const columns = field.relationFromFields.map((name) => columnOf(model.name, name));
      const referencedTable = tableOf(field.type);
      const referencedColumns = (field.relationToFields ?? []).map((name) => columnOf(field.type, name));
      const object = `${listKey(table, columns)} -> ${listKey(referencedTable, referencedColumns)}`;
      const allRequired = field.relationFromFields.every((name) => model.fields.find((f) => f.name === name)?.isRequired);
      const onDelete = field.relationOnDelete ?? (allRequired ? "Restrict" : "SetNull");
      const onUpdate = field.relationOnUpdate ?? "Cascade";
      const key = database.foreignKeys.find((fk) => fk.table === table && sameList(fk.columns, columns) && fk.referencedTable === referencedTable && sameList(fk.referencedColumns, referencedColumns));
      if (!key) {
        report("missing-foreign-key", object, `relation ${model.name}.${field.name} has no foreign key`);
        continue;
      }
      matchedKeys.add(key);
      if (key.onDelete !== REFERENTIAL_ACTIONS[onDelete] || key.onUpdate !== REFERENTIAL_ACTIONS[onUpdate]) {
        report("foreign-key-action", object, `expected ON DELETE ${onDelete} ON UPDATE ${onUpdate}, found ON DELETE ${ACTION_NAMES[key.onDelete]} ON UPDATE ${ACTION_NAMES[key.onUpdate]}`);
      }
    }
  }
  for (const key of database.foreignKeys) {
    if (!matchedKeys.has(key) && modelTables.has(key.table)) {
      report("extra-foreign-key", `${listKey(key.table, key.columns)} -> ${listKey(key.referencedTable, key.referencedColumns)}`, `foreign key ${key.name} is not in the schema`);
    }
  }

  return differences;
}

export function formatDifferences(differences: Difference[]): string {
  return differences.map((d) => `  ${d.kind} ${d.object}: ${d.message}`).join("\n");
}
