import "server-only";
import { getDb } from "@/lib/db";

/** Rows due now that no pass has sent yet (including retries waiting for their backoff). */
export async function countPendingDeliveries(now = new Date()): Promise<number> {
  const db = await getDb();
  return db.emailDelivery.count({ where: { status: { in: ["PENDING", "SENDING"] }, nextAttemptAt: { lte: now } } });
}
