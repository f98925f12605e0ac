// Start-up of a Node.js server instance: validate configuration, take over SIGTERM/SIGINT
// (graceful shutdown, lib/lifecycle), then open and migrate the database so the first request
// does not pay for it (and a broken migration stops the start).
import { getEnv, InvalidEnvironmentError } from "./lib/config/env";
import { getDatabase } from "./lib/db";
import { MigrationError } from "./lib/db/migrate";

export async function startServerInstance(): Promise<void> {
  try {
    getEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`[stepwise] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { installShutdownHandlers } = await import("./lib/lifecycle/install-shutdown");
  // Next.js leaves the signals to the app only when this is set before it starts (npm start does).
  installShutdownHandlers({ manual: Boolean(process.env.NEXT_MANUAL_SIG_HANDLE) });
  try {
    const database = await getDatabase();
    console.info(`[stepwise] database ready (${database.kind === "embedded" ? "embedded PGlite" : "PostgreSQL"})`);
    const env = getEnv();
    // Embedded mode has no external cron: run the scheduler in-process unless turned off.
    if (env.REMINDER_TIMER === "on" || (env.REMINDER_TIMER !== "off" && !env.DATABASE_URL)) {
      const { startReminderTimer } = await import("./lib/reminders/timer");
      startReminderTimer();
      console.info("[stepwise] in-process reminder timer started (every minute)");
    }
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`[stepwise] ${error.message}`);
      process.exit(1);
    }
    // Unreachable database: keep running; /api/ready answers 503 until it comes back.
    console.error("[stepwise] database not reachable at start:", (error as Error).message);
  }
}
