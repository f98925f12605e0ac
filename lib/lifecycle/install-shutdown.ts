// What SIGTERM and SIGINT do to a server instance (see shutdown.ts for the order).
// With NEXT_MANUAL_SIG_HANDLE set (`npm start`, the Dockerfile) the app owns the whole
// shutdown and exits 0 once everything finished. Without it Next.js stops accepting, waits
// for in-flight requests and exits by itself; the app can then only stop advertising
// readiness and stop starting reminder passes (a batch cut short is retried after its lease).
import "server-only";
import { getEnv } from "@/lib/config/env";
import { closeDatabase } from "@/lib/db";
import { closeEmailTransport } from "@/lib/email";
import { stopReminderTimer } from "@/lib/reminders/timer";
import { stopSending } from "@/lib/reminders/sender";
import { markDraining } from "./draining";
import { closeHttpServers, watchHttpServers } from "./http-servers";
import { settlePendingWork } from "./pending-work";
import { createShutdown } from "./shutdown";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

function stopStartingWork(): void {
  markDraining();
  void stopReminderTimer();
}

export function installShutdownHandlers({ manual }: { manual: boolean }): void {
  if (!manual) {
    for (const signal of SIGNALS) process.once(signal, stopStartingWork);
    return;
  }
  watchHttpServers();
  const env = getEnv();
  const shutdown = createShutdown({
    onDraining: stopStartingWork,
    delayMs: env.SHUTDOWN_DELAY_MS,
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    drain: [
      {
        name: "in-flight requests",
        // Work a request schedules with `after` is known once the request has ended.
        run: async () => {
          await closeHttpServers();
          await settlePendingWork();
        },
      },
      { name: "reminder batch", run: stopReminderTimer },
      // Sends in flight get a third of the deadline; a hanging mail server cannot hold the exit.
      { name: "email senders", run: () => stopSending(Math.floor(env.SHUTDOWN_TIMEOUT_MS / 3), closeEmailTransport) },
    ],
    close: [
      { name: "SMTP pool", run: closeEmailTransport },
      { name: "database pool", run: closeDatabase },
    ],
    exit: (code) => process.exit(code),
    log: (message) => console.info(`[shutdown] ${message}`),
  });
  for (const signal of SIGNALS) process.on(signal, () => void shutdown.begin(signal));
}
