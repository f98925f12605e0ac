// `npm run db:migration -- <name> [--from <git-ref>]`: writes
// prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the schema at
// <git-ref> (default HEAD) into the working prisma/schema.prisma.
//
// Why not `prisma migrate dev`: Prisma 7's migration engine is a native binary downloaded from
// Prisma's servers, which some machines cannot reach. Prisma 6.19's CLI runs a WebAssembly
// build of the same engine, so this script fetches it from npm into a temp folder and diffs the
// two datamodels. The committed schema always equals the migrations (the schema-drift test
// enforces it), so the diff is exactly what the new migration must do. Review the SQL, then run
// the tests.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startThrowawayPostgres } from "./postgres-throwaway.mjs";

const args = process.argv.slice(2);
const name = (args.find((arg) => !arg.startsWith("--")) ?? "").trim();
const fromIndex = args.indexOf("--from");
const fromRef = fromIndex >= 0 ? args[fromIndex + 1] : "HEAD";
if (!/^[a-z0-9_]+$/.test(name) || !fromRef) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case> [--from <git-ref>]");
  process.exit(2);
}

const root = process.cwd();
const work = mkdtempSync(path.join(os.tmpdir(), "stepwise-migration-"));
// Prisma 6 opens its driver adapter even for a datamodel-only diff; an empty throwaway server does.
const server = await startThrowawayPostgres();
const placeholderUrl = server.url;
const forPrisma6 = (schema) => schema.replace(/generator client \{[^}]*\}/, "").replace(/provider = "postgresql"/, `provider = "postgresql"\n  url = "${placeholderUrl}"`);

try {
  writeFileSync(path.join(work, "from.prisma"), forPrisma6(execFileSync("git", ["show", `${fromRef}:prisma/schema.prisma`], { encoding: "utf8" })));
  writeFileSync(path.join(work, "to.prisma"), forPrisma6(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")));
  writeFileSync(path.join(work, "package.json"), JSON.stringify({ name: "migration-diff", private: true }));
  writeFileSync(
    path.join(work, "prisma.config.ts"),
    `import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({
  schema: "to.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: "${placeholderUrl}" }),
});
`,
  );
  console.log("Fetching Prisma 6.19 (WebAssembly migration engine) from npm…");
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", "prisma@6.19.3", "@prisma/adapter-pg@7.10.0", "pg@8"], { cwd: work, stdio: "inherit" });
  const diff = spawnSync("npx", ["prisma", "migrate", "diff", "--from-schema-datamodel", "from.prisma", "--to-schema-datamodel", "to.prisma", "--script"], {
    cwd: work,
    encoding: "utf8",
    // The CLI looks for native engines before noticing it will not use them.
    env: { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: process.execPath, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, CHECKPOINT_DISABLE: "1" },
  });
  if (diff.status !== 0) {
    console.error(diff.stderr || diff.stdout);
    process.exit(diff.status ?? 1);
  }
  const sql = diff.stdout.trim();
  if (!sql || sql.startsWith("-- This is an empty migration")) {
    console.log(`prisma/schema.prisma has no changes since ${fromRef}: nothing to write.`);
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${path.relative(root, dir)}/migration.sql. Review it, then run the tests.`);
  }
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
