// In embedded mode (`npm start` with no configuration) there is no external cron, so the
// server runs a pass itself every minute. Turn it off with REMINDER_TIMER=off; a deployment
// with DATABASE_URL calls POST /api/cron/reminders from its own cron instead (README).
import { isDraining } from "@/lib/lifecycle/draining";
import { drainDueEmails, PASS_BUDGET_MS } from "./drain";

let timer: NodeJS.Timeout | undefined;
let current: Promise<void> | undefined;

export function startReminderTimer(intervalMs = 60_000): void {
  if (timer) return;
  timer = setInterval(() => {
    if (current) return;
    current = drainDueEmails({ budgetMs: PASS_BUDGET_MS, shouldStop: isDraining })
      .then(
        () => undefined,
        (error: unknown) => console.error("[reminders] pass failed", error),
      )
      .finally(() => {
        current = undefined;
      });
  }, intervalMs);
  timer.unref();
}

/** Starts no further pass; resolves when the one running (if any) has finished its batch. */
export async function stopReminderTimer(): Promise<void> {
  if (timer) clearInterval(timer);
  timer = undefined;
  await current;
}
