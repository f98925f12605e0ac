// Reminders before a review session: 7 days, 1 day and 1 hour before, to each person who has
// review reminders on. The planner runs on every scheduler pass and enqueues only what is due
// at `now` (lib/reminders/planners.ts): for each session starting within 7 days, the latest
// offset whose moment has come, so a pass that runs late sends one reminder, not three, and
// never a 7-day reminder less than a day before. A moment before the session was (re)scheduled
// is never sent (booked 3 days ahead: no 7-day reminder). The due key carries startsAt, so a
// rescheduled session gets new keys, and the renderer skips rows whose session changed.
// Destinations that want review events get the same reminders (lib/webhooks).
import type { DbClient } from "@/lib/db";
import { reviewReminderMessage, type EmailMessage } from "@/lib/email";
import { enqueueDelivery, type ClaimedDelivery } from "@/lib/reminders/ledger";
import { unsubscribeLinks } from "@/lib/unsubscribe/links";
import { reviewPath, reviewUrl } from "./review-links";
import { queueReviewReminderWebhooks, reviewDestinationsSelect } from "@/lib/webhooks/reminder-planner";
import { formatReviewTime } from "./review-time";
import { readerAndOther, reviewEmailPersonSelect, reviewEmailSessionSelect, reviewGreeting } from "./review-email-parts";

export const REVIEW_REMINDER_KIND = "review-reminder";

const HOUR = 3_600_000;
export const REVIEW_REMINDER_OFFSETS = [
  { key: "-7d", ms: 7 * 24 * HOUR, lead: "in a week" },
  { key: "-1d", ms: 24 * HOUR, lead: "tomorrow" },
  { key: "-1h", ms: HOUR, lead: "in an hour" },
] as const;
const LOOKAHEAD_MS = REVIEW_REMINDER_OFFSETS[0].ms;
const SESSIONS_PER_PASS = 1000;

/** The offset due at `now` for a session, or null. Pure, for the planner and its tests. */
export function dueReviewReminder(session: { startsAt: Date; scheduledAt: Date }, now: Date): ((typeof REVIEW_REMINDER_OFFSETS)[number] & { dueAt: Date }) | null {
  if (session.startsAt <= now) return null;
  // The latest moment that has come: offsets are ordered earliest first.
  let due: ((typeof REVIEW_REMINDER_OFFSETS)[number] & { dueAt: Date }) | null = null;
  for (const offset of REVIEW_REMINDER_OFFSETS) {
    const dueAt = new Date(session.startsAt.getTime() - offset.ms);
    if (dueAt <= now) due = { ...offset, dueAt };
  }
  if (!due || due.dueAt < session.scheduledAt) return null;
  return due;
}

export const reminderDueKey = (startsAt: Date, offsetKey: string) => `${startsAt.toISOString()}:${offsetKey}`;

const personSelect = { select: { id: true, name: true, email: true, timeZone: true, reviewRemindersEnabled: true, webhookDestinations: reviewDestinationsSelect } } as const;

export async function planReviewReminders(db: DbClient, now: Date): Promise<number> {
  const sessions = await db.reviewSession.findMany({
    where: { status: "SCHEDULED", startsAt: { gt: now, lte: new Date(now.getTime() + LOOKAHEAD_MS) }, pairing: { status: "ACTIVE" } },
    select: { id: true, pairingId: true, startsAt: true, scheduledAt: true, durationMinutes: true, pairing: { select: { userA: personSelect, userB: personSelect } } },
    orderBy: { startsAt: "asc" },
    take: SESSIONS_PER_PASS,
  });
  let queued = 0;
  for (const session of sessions) {
    const due = dueReviewReminder(session, now);
    if (!due) continue;
    for (const person of [session.pairing.userA, session.pairing.userB]) {
      if (person.webhookDestinations.length > 0) {
        const other = person.id === session.pairing.userA.id ? session.pairing.userB : session.pairing.userA;
        queued += await queueReviewReminderWebhooks(db, {
          personId: person.id,
          eventKey: `review-reminder:${session.id}:${reminderDueKey(session.startsAt, due.key)}`,
          payload: {
            event: "review",
            title: `Your goal review with ${other.name} is ${due.lead}: ${formatReviewTime(session.startsAt, session.durationMinutes, person.timeZone)}`,
            path: reviewPath(session.pairingId, session.id),
            occurredAt: due.dueAt.toISOString(),
          },
          dueAt: due.dueAt,
        });
      }
      if (!person.reviewRemindersEnabled) continue;
      const id = await enqueueDelivery(db, {
        kind: REVIEW_REMINDER_KIND,
        recipientId: person.id,
        recipientEmail: person.email,
        subjectId: session.id,
        dueKey: reminderDueKey(session.startsAt, due.key),
        dueAt: due.dueAt,
      });
      if (id) queued += 1;
    }
  }
  return queued;
}

const renderSelect = { select: { ...reviewEmailPersonSelect.select, reviewRemindersEnabled: true } } as const;

export async function renderReviewReminder(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  const match = /^(.+):(-7d|-1d|-1h)$/.exec(delivery.dueKey);
  if (!match || !delivery.recipientId) return null;
  const offset = REVIEW_REMINDER_OFFSETS.find((candidate) => candidate.key === match[2]);
  const session = await db.reviewSession.findUnique({
    where: { id: delivery.subjectId },
    select: { ...reviewEmailSessionSelect, pairing: { select: { status: true, userA: renderSelect, userB: renderSelect } } },
  });
  if (!offset || !session || session.status !== "SCHEDULED" || session.pairing.status !== "ACTIVE" || session.startsAt.toISOString() !== match[1]) return null;
  const people = readerAndOther(session.pairing, delivery.recipientId);
  if (!people || !people.me.reviewRemindersEnabled) return null;
  const links = unsubscribeLinks(people.me.id, "review-reminders");
  return {
    to: delivery.recipientEmail,
    headers: links.headers,
    ...reviewReminderMessage({
      ...reviewGreeting(people, session),
      url: reviewUrl(session.pairingId, session.id),
      leadText: offset.lead,
      unsubscribe: { label: "Unsubscribe from review reminders", url: links.pageUrl },
    }),
  };
}
