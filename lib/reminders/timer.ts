// In embedded mode (`npm start` with no configuration) there is no external cron, so the
// server runs a pass itself every minute. Turn it off with REMINDER_TIMER=off; a deployment
// with DATABASE_URL calls POST /api/cron/reminders from its own cron instead (README).
import { drainDueEmails, PASS_BUDGET_MS } from "./drain";

let timer: NodeJS.Timeout | undefined;
let running = false;

export function startReminderTimer(intervalMs = 60_000): void {
  if (timer) return;
  timer = setInterval(() => {
    if (running) return;
    running = true;
    drainDueEmails({ budgetMs: PASS_BUDGET_MS })
      .catch((error: unknown) => console.error("[reminders] pass failed", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
}

export function stopReminderTimer(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
}
