// One scheduler pass: POST with `Authorization: Bearer $CRON_SECRET` (see README). Safe to
// call from many instances at once: rows are claimed with FOR UPDATE SKIP LOCKED.
import { getEnv } from "@/lib/config/env";
import { isAuthorizedCronRequest } from "@/lib/reminders/cron-auth";
import { drainDueEmails, PASS_BUDGET_MS } from "@/lib/reminders/drain";
import { countPendingDeliveries } from "@/lib/reminders/pending";
import { isDraining } from "@/lib/lifecycle/draining";

export const dynamic = "force-dynamic";

const unauthorized = () => Response.json({ error: "unauthorized" }, { status: 401 });

export async function POST(request: Request) {
  if (!isAuthorizedCronRequest(request, getEnv().CRON_SECRET)) return unauthorized();
  // A shutting-down instance claims no new batch; the caller can try another instance.
  if (isDraining()) return Response.json({ error: "shutting down" }, { status: 503, headers: { "retry-after": "5" } });
  const summary = await drainDueEmails({ budgetMs: PASS_BUDGET_MS, shouldStop: isDraining });
  return Response.json({ sent: summary.sent, skipped: summary.skipped, failed: summary.failed, pending: await countPendingDeliveries() });
}

export const GET = unauthorized;
export const PUT = unauthorized;
export const PATCH = unauthorized;
export const DELETE = unauthorized;
