// `npm run bench`: the benchmark suite, end to end on a fresh machine. It starts a throwaway
// PostgreSQL, then:
//   1. builds the app (if the build is missing or stale) while bench/seed.ts fills one database
//      with a seeded installation (10k users, 100k goals, 1M micro-goals, ...);
//   2. bench/http.ts: first the floor app (bench/floor-app, built beside the app, on the same Next.js
//      and React; its floor page again at the end), then `next start` on that database: autocannon against the health check, a new
//      user's (empty) dashboard, the heavy user's dashboard, a goal page, a buddy view and the
//      calendar feed, each endpoint's server CPU per request also as a multiple of the floor page's;
//   3. bench/bundle-size.mjs: first-load JavaScript of the dashboard from the build;
//   4. bench/reminders.ts, each in its own process (so each peak RSS is its own) on a second
//      database: the scheduler at 10k and 100k due reminders, and nodemailer's ceiling (at 100k
//      both before and after the pass, since the machine drifts over those minutes).
// It writes bench/results/<timestamp>.json and bench/results/latest.{json,md}, prints the table,
// and with --readme replaces the table in README.md between the bench markers.
//
//   --reminders N   the large reminder run (default 100000; the small one is N/10)
//   --only LIST     comma-separated subset of: seed,http,bundle,reminders
//   --duration S    seconds each HTTP endpoint is loaded (default 10); --warmup S before it (default 3)
//   --readme        update README.md
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { startThrowawayPostgres } from "../scripts/postgres-throwaway.mjs";
import { evaluateTargets, renderMarkdown } from "./report.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    reminders: { type: "string", default: "100000" },
    only: { type: "string" },
    readme: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
  },
});
const large = Number(values.reminders);
const small = Math.max(1, Math.round(large / 10));
const parts = new Set((values.only ?? "seed,http,bundle,reminders").split(","));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}` };

const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Runs a command; resolves with the last JSON line it printed on stdout (its result). */
function run(command, args, { json = true } = {}) {
  return new Promise((resolve, reject) => {
    // Stdout is the result: a child with no JSON result (the build) writes its output to stderr.
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", json ? "pipe" : 2, "inherit"] });
    let stdout = "";
    child.stdout?.on("data", (chunk) => (stdout += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      if (!json) return resolve(undefined);
      const line = stdout
        .trim()
        .split("\n")
        .filter((candidate) => candidate.startsWith("{"))
        .at(-1);
      if (!line) return reject(new Error(`${command} ${args.join(" ")} printed no JSON result`));
      resolve(JSON.parse(line));
    });
  });
}
// react-server: the lib/ modules these load are marked server-only, as Next's server resolves them.
const tsx = (script, args) => run(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args]);

function withDatabase(url, name) {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
}

const server = await startThrowawayPostgres();
const results = {};
try {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const postgresVersion = (await admin.query("SHOW server_version")).rows[0].server_version;
  for (const name of ["bench_http", "bench_reminders"]) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const httpDb = withDatabase(server.url, "bench_http");
  const remindersDb = withDatabase(server.url, "bench_reminders");

  // Building and seeding are not measured, so they may share the two cores.
  const preparing = [];
  if (parts.has("http") || parts.has("bundle")) {
    log("building the app (if needed)");
    preparing.push(run(process.execPath, ["scripts/ensure-build.mjs"], { json: false }).then(() => log("build ready")));
  }
  if (parts.has("http")) {
    log("building the floor app (if needed)");
    preparing.push(run(process.execPath, ["bench/floor-build.mjs"], { json: false }).then(() => log("floor app ready")));
  }
  if (parts.has("seed") || parts.has("http")) {
    log("seeding the installation");
    preparing.push(
      tsx("bench/seed.ts", ["--database-url", httpDb]).then((seed) => {
        results.seed = seed;
        log(`seeded in ${seed.seconds.toFixed(1)} s`);
      }),
    );
  }
  await Promise.all(preparing);

  if (parts.has("http")) {
    log("HTTP benchmarks");
    results.http = await tsx("bench/http.ts", ["--database-url", httpDb, "--heavy-user", JSON.stringify(results.seed.heavyUser), "--duration", values.duration, "--warmup", values.warmup]);
  }
  if (parts.has("bundle")) {
    log("bundle size");
    results.bundle = await run(process.execPath, ["bench/bundle-size.mjs"]);
  }
  if (parts.has("reminders")) {
    const reminders = (count, mode, extra = []) => {
      log(`reminders: ${mode} × ${count}`);
      return tsx("bench/reminders.ts", ["--database-url", remindersDb, "--count", String(count), "--mode", mode, ...extra]);
    };
    // The ceiling before and after the large pass: the ratio divides by their mean (report.mjs).
    results.reminders = {
      small: { product: await reminders(small, "product"), ceiling: await reminders(small, "ceiling") },
      large: { ceiling: await reminders(large, "ceiling"), product: await reminders(large, "product", ["--explain"]), ceilingAfter: await reminders(large, "ceiling") },
    };
  }

  const report = {
    at: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10, platform: `${os.type()} ${os.release()} ${os.arch()}` },
    versions: { node: process.version, postgres: postgresVersion, next: packageVersion("next"), react: packageVersion("react"), prisma: packageVersion("@prisma/client"), nodemailer: packageVersion("nodemailer") },
    postgresSettings: "throwaway cluster: fsync=off, synchronous_commit=off, full_page_writes=off (scripts/postgres-throwaway.mjs)",
    ...results,
  };
  report.targets = evaluateTargets(report);
  const markdown = renderMarkdown(report);
  const directory = path.join(root, "bench", "results");
  mkdirSync(directory, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(path.join(directory, `${report.at.replace(/[:.]/g, "-")}.json`), json);
  writeFileSync(path.join(directory, "latest.json"), json);
  writeFileSync(path.join(directory, "latest.md"), `${markdown}\n`);
  if (values.readme) {
    const readmePath = path.join(root, "README.md");
    const readme = readFileSync(readmePath, "utf8");
    const pattern = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
    if (!pattern.test(readme)) throw new Error("README.md has no <!-- bench:start --> … <!-- bench:end --> markers");
    writeFileSync(readmePath, readme.replace(pattern, `<!-- bench:start -->\n${markdown}\n<!-- bench:end -->`));
  }
  console.log(markdown);
  log(`done in ${report.seconds.toFixed(0)} s; results in bench/results/latest.json`);
} finally {
  await server.stop();
}
