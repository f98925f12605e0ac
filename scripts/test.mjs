// `npm test`: everything CI checks, cheapest first, stopping at the first failure.
// The database-backed steps (integration tests, build, browser tests) share ONE PostgreSQL
// server: TEST_DATABASE_URL when set, otherwise a throwaway cluster started here.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findPgBouncer } from "./pgbouncer-throwaway.mjs";
import { startThrowawayPostgres } from "./postgres-throwaway.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = {
  ...process.env,
  // Same lookup as npm scripts, so `node scripts/test.mjs` works too.
  PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
};

const results = [];
let server;
let currentChild;

function banner(text) {
  const line = "=".repeat(Math.max(60, text.length + 8));
  console.log(`\n${line}\n=== ${text}\n${line}`);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function summary() {
  if (results.length === 0) return;
  console.log("\nSummary");
  for (const result of results) {
    console.log(`  ${result.status.padEnd(7)} ${result.name.padEnd(28)} ${result.status === "skipped" ? "" : seconds(result.ms)}`);
  }
  console.log(`  ${"".padEnd(7)} ${"total".padEnd(28)} ${seconds(results.reduce((sum, r) => sum + (r.ms ?? 0), 0))}`);
}

let finishing;
function finish(code) {
  finishing ??= finishOnce(code);
  return finishing;
}

async function finishOnce(code) {
  await server?.stop().catch(() => {});
  summary();
  if (code !== 0) {
    const failed = results.find((result) => result.status === "FAILED");
    banner(failed ? `npm test FAILED at: ${failed.name}` : "npm test FAILED");
  } else {
    banner("npm test passed");
  }
  process.exit(code);
}

function runCommand(command, args) {
  return new Promise((resolve) => {
    currentChild = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    currentChild.on("error", (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      resolve(127);
    });
    currentChild.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(name, command, args) {
  banner(`${name}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const code = await runCommand(command, args);
  const ms = Date.now() - started;
  results.push({ name, status: code === 0 ? "ok" : "FAILED", ms });
  console.log(`--- ${name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${seconds(ms)}`);
  if (code !== 0) await finish(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\nnpm test: received ${signal}, stopping`);
    currentChild?.kill(signal);
    void finish(130);
  });
}

await step("typecheck", "npm", ["run", "typecheck"]);
await step("lint", "npm", ["run", "lint"]);
await step("unit tests", "npm", ["run", "test:unit"]);

if (process.env.TEST_DATABASE_URL) {
  console.log("\nUsing the PostgreSQL server at TEST_DATABASE_URL");
} else {
  banner("PostgreSQL: starting a throwaway server");
  const started = Date.now();
  try {
    server = await startThrowawayPostgres();
  } catch (error) {
    results.push({ name: "start PostgreSQL", status: "FAILED", ms: Date.now() - started });
    console.error(error.message);
    await finish(1);
  }
  results.push({ name: "start PostgreSQL", status: "ok", ms: Date.now() - started });
  console.log(`PostgreSQL ready at ${server.url} in ${seconds(Date.now() - started)}`);
  env.TEST_DATABASE_URL = server.url;
}

await step("integration tests", "vitest", ["run", "--project", "integration"]);
await step("build", "npm", ["run", "build"]);

// e2e/pgbouncer.spec.ts starts a PgBouncer of its own: say up front whether it can.
try {
  console.log(`\nPgBouncer for the scale-out scenario: ${findPgBouncer()}`);
} catch (error) {
  banner("PgBouncer scenario: will be SKIPPED locally (and FAIL under CI=true)");
  console.log(`!!! ${error.message} !!!`);
}

if (existsSync(path.join(root, "playwright.config.ts"))) {
  await step("browser tests", "playwright", ["test"]);
} else {
  banner("browser tests: SKIPPED - no playwright.config.ts in the repository yet");
  console.log("!!! The end-to-end tests did NOT run. Add playwright.config.ts to enable them. !!!");
  results.push({ name: "browser tests", status: "skipped" });
}

await finish(0);
