// Browser tests against the PRODUCTION build (`next start`), a fresh PostgreSQL database and a
// real SMTP server that captures what the app sends (e2e/support/mail-capture.ts).
//
// Run with `npm run test:e2e` after `npm run build`: scripts/with-postgres.mjs provides
// TEST_DATABASE_URL (an admin URL); this file creates a database of its own on that server,
// the app migrates it when it starts, and it is dropped when the run ends.
//
// Playwright evaluates this file in the runner AND in every worker process. Everything that
// must happen once (creating the database, choosing the secret) is done by the first
// evaluation and handed to the others through process.env, which workers inherit.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const root = path.dirname(fileURLToPath(import.meta.url));

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
const MAIL_API_PORT = Number(process.env.E2E_MAIL_API_PORT ?? 2526);

/** Like dub's e2e setup: a test run creates and drops databases, so never on a shared server. */
function requireLocalAdminUrl(): string {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error("TEST_DATABASE_URL is not set. Run the browser tests with `npm run test:e2e` (starts a throwaway PostgreSQL), " + "or set TEST_DATABASE_URL to an admin URL of a local server, e.g. postgresql://postgres@127.0.0.1:5432/postgres.");
  }
  let host: string;
  try {
    host = new URL(adminUrl).hostname;
  } catch {
    throw new Error("TEST_DATABASE_URL is not a valid postgresql:// URL.");
  }
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run the browser tests against a non-local database (host "${host}"): they create and drop databases.`);
  }
  return adminUrl;
}

/** Runs one statement on the admin connection, synchronously (a config file cannot await). */
function runAdminSql(adminUrl: string, sql: string): void {
  const script = "import pg from 'pg'; const c = new pg.Client({ connectionString: process.argv[1] }); await c.connect(); try { await c.query(process.argv[2]); } finally { await c.end(); }";
  execFileSync(process.execPath, ["--input-type=module", "-e", script, adminUrl, sql], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
}

function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function prepareRunOnce(): void {
  if (process.env.STEPWISE_E2E_DATABASE_URL) return;
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build found (.next/BUILD_ID is missing). The browser tests run `next start`: run `npm run build` first.");
  }
  const adminUrl = requireLocalAdminUrl();
  const database = `stepwise_e2e_${randomBytes(6).toString("hex")}`;
  runAdminSql(adminUrl, `CREATE DATABASE "${database}"`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "stepwise-e2e-"));
  process.env.STEPWISE_E2E_DATABASE_URL = withDatabase(adminUrl, database);
  process.env.STEPWISE_E2E_DATA_DIR = dataDir;
  process.env.STEPWISE_E2E_AUTH_SECRET = randomBytes(36).toString("base64url"); // 48 characters
  // Runs after the web server has been stopped. FORCE ends any connection still open.
  process.once("exit", () => {
    try {
      runAdminSql(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } catch (error) {
      console.error(`[e2e] could not drop database ${database}: ${(error as Error).message}`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
}

prepareRunOnce();
// Read by the specs' helpers in the worker processes.
process.env.E2E_APP_URL = APP_URL;
process.env.E2E_SMTP_PORT = String(SMTP_PORT);
process.env.E2E_MAIL_API_PORT = String(MAIL_API_PORT);

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries, locally or in CI: a failure must be a real failure, not a flake to paper over.
  retries: 0,
  workers: 2,
  reporter: "list",
  timeout: 60_000,
  // E2E_EXPECT_TIMEOUT: for a machine shared with other runs, where a sign-up (scrypt) can take longer than 10 s.
  expect: { timeout: Number(process.env.E2E_EXPECT_TIMEOUT ?? 10_000) },
  globalSetup: "./e2e/support/mail-capture.ts",
  use: {
    baseURL: APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/start.mjs -p ${APP_PORT} -H 127.0.0.1`,
    url: `${APP_URL}/api/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // As `npm start` does: the app's graceful shutdown handles the SIGTERM below.
      NEXT_MANUAL_SIG_HANDLE: "true",
      DATABASE_URL: process.env.STEPWISE_E2E_DATABASE_URL ?? "",
      DATA_DIR: process.env.STEPWISE_E2E_DATA_DIR ?? "",
      AUTH_SECRET: process.env.STEPWISE_E2E_AUTH_SECRET ?? "",
      APP_URL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      // The webhook spec's receiver listens on loopback.
      WEBHOOKS_ALLOW_LOOPBACK: "true",
    },
  },
});
