// `node scripts/with-postgres.mjs <command...>`: runs a command with TEST_DATABASE_URL pointing
// at a PostgreSQL server. Uses TEST_DATABASE_URL when already set (CI service, your own
// server); otherwise starts a throwaway cluster and removes it when the command ends.
// TEST_DATABASE_URL is an admin URL: tests create and drop their own databases on it.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { startThrowawayPostgres } from "./postgres-throwaway.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/with-postgres.mjs <command> [args...]");
  process.exit(2);
}

let server;
if (process.env.TEST_DATABASE_URL) {
  console.info("[with-postgres] using TEST_DATABASE_URL");
} else {
  try {
    server = await startThrowawayPostgres();
  } catch (error) {
    console.error(`[with-postgres] ${error.message}`);
    process.exit(1);
  }
  console.info(`[with-postgres] throwaway PostgreSQL at ${server.url}`);
}

const child = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? server.url },
});

// Ctrl-C reaches the child through the terminal's process group; a plain `kill` of this
// process does not, so forward it. Either way we wait for the child before stopping the server.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

const exitCode = await new Promise((resolve) => {
  child.on("error", (error) => {
    console.error(`[with-postgres] could not run ${command}: ${error.message}`);
    resolve(127);
  });
  child.on("exit", (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
});

await server?.stop();
process.exit(exitCode);
