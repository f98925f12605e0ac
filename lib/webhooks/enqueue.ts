// Turning events into webhook deliveries: one row per (destination, event occurrence), inserted
// with ON CONFLICT DO NOTHING in the same transaction as the event itself, so an event is
// queued exactly once or not at all. Rows are sent by deliverDueWebhooks on the scheduler's
// passes (and at once where the caller asks).
import "server-only";
import type { DbClient } from "@/lib/db";
import { webhookEventForNotification, type WebhookEventPayload } from "./events";

/** Queues an in-app notification's event for its recipient's destinations that want it. */
export async function enqueueNotificationWebhooks(db: DbClient, notification: { id: string; userId: string; kind: string; title: string; link: string | null; createdAt: Date }): Promise<void> {
  const event = webhookEventForNotification(notification.kind);
  if (!event) return;
  const payload: WebhookEventPayload = { event, title: notification.title, path: notification.link ?? "/notifications", occurredAt: notification.createdAt.toISOString() };
  await db.$executeRaw`
    INSERT INTO "WebhookDelivery" ("destinationId", "event", "eventKey", "payload", "nextAttemptAt")
    SELECT d."id", ${event}, ${`notification:${notification.id}`}, ${JSON.stringify(payload)}::jsonb, ${notification.createdAt}
    FROM "WebhookDestination" d
    WHERE d."userId" = ${notification.userId}::uuid AND ${event} = ANY(d."events")
    ON CONFLICT ("destinationId", "eventKey") DO NOTHING`;
}
