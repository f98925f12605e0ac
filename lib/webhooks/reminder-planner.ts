// Deadline and review reminders for webhook and chat destinations, planned with the email
// reminders on every scheduler pass (ADR 0007) and in the same statements, so a pass costs no
// extra round trip: only what is due at `now`, idempotently (the (destination, event key)
// unique index), whatever the person's email preferences are: a destination's own event choice
// is its preference.
import "server-only";
import { Prisma, type DbClient } from "@/lib/db";
import type { WebhookEventPayload } from "./events";

/**
 * A data-modifying CTE for the deadline planner's statement: queues a webhook for each row of
 * its `due` CTE whose owner has a destination that wants deadlines.
 */
export const deadlineWebhooksFromDue = Prisma.sql`
  deadline_webhooks AS (
    INSERT INTO "WebhookDelivery" ("destinationId", "event", "eventKey", "payload", "nextAttemptAt")
    SELECT dest."id", 'deadline', 'deadline:' || due.kind || ':' || due.subject_id || ':' || due.due_key,
      jsonb_build_object(
        'event', 'deadline',
        'title', '“' || due."title" || '” ' || CASE
          WHEN due.days_left = -1 THEN 'was due yesterday'
          WHEN due.days_left = 0 THEN 'is due today'
          WHEN due.days_left = 1 THEN 'is due tomorrow'
          ELSE 'is due in ' || due.days_left || ' days (' || to_char(due."deadline", 'FMDD Mon YYYY') || ')' END,
        'path', '/goals/' || due.goal_id,
        'occurredAt', to_char(due.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
      due.due_at
    FROM due JOIN "WebhookDestination" dest ON dest."userId" = due.user_id AND 'deadline' = ANY(dest."events")
    ON CONFLICT ("destinationId", "eventKey") DO NOTHING
  )`;

/** Whether a person's destinations want review events: the review planner's select asks it. */
export const reviewDestinationsSelect = { where: { events: { has: "review" } }, select: { id: true }, take: 1 } as const;

/** Queues a review reminder for the person's destinations that want reviews. */
export async function queueReviewReminderWebhooks(db: DbClient, reminder: { personId: string; eventKey: string; payload: WebhookEventPayload; dueAt: Date }): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "WebhookDelivery" ("destinationId", "event", "eventKey", "payload", "nextAttemptAt")
    SELECT d."id", 'review', ${reminder.eventKey}, ${JSON.stringify(reminder.payload)}::jsonb, ${reminder.dueAt}
    FROM "WebhookDestination" d WHERE d."userId" = ${reminder.personId}::uuid AND 'review' = ANY(d."events")
    ON CONFLICT ("destinationId", "eventKey") DO NOTHING`;
}
