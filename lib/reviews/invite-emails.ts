// Invitations to a review session, sent through the delivery ledger. One row per person and
// SEQUENCE (dueKey "seq:<n>"): rescheduling queues a new row with the higher sequence, and a
// row whose sequence is no longer the session's (superseded by a reschedule or cancellation
// before it was sent) renders as null and is skipped. Both renderers read the current
// session, so an email never shows a stale time.
import type { DbClient } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import { reviewCancelledMessage, reviewInviteMessage, type EmailMessage } from "@/lib/email";
import { enqueueDelivery, type ClaimedDelivery } from "@/lib/reminders/ledger";
import { buildReviewInvite, inviteContentType, mailboxAddress } from "@/lib/calendar/review-invite";
import { reviewUid } from "@/lib/calendar/event-uids";
import { appUrl } from "@/lib/account/links";
import { formatReviewTime } from "./review-time";
import { reviewUrl } from "./review-links";
import { readerAndOther, reviewEmailPersonSelect, reviewEmailSessionSelect, reviewGreeting } from "./review-email-parts";

export const REVIEW_INVITE_KIND = "review-invite";
export const REVIEW_CANCEL_KIND = "review-cancel";

type Person = { id: string; email: string };

/** Queues one email of `kind` for each person, due now; returns the ids of rows to send at once. */
export async function queueReviewEmails(db: DbClient, input: { kind: string; sessionId: string; dueKey: string; people: Person[]; now: Date }): Promise<string[]> {
  const ids: string[] = [];
  for (const person of input.people) {
    const id = await enqueueDelivery(db, { kind: input.kind, recipientId: person.id, recipientEmail: person.email, subjectId: input.sessionId, dueKey: input.dueKey, dueAt: input.now });
    if (id) ids.push(id);
  }
  return ids;
}

export const sequenceKey = (sequence: number) => `seq:${sequence}`;
/** The invitation sent when one person confirms the time the other proposed (worded as such). */
export const confirmedSequenceKey = (sequence: number) => `seq:${sequence}:confirmed`;

function sequenceOf(dueKey: string): number | null {
  const match = /^seq:(\d+)(?::confirmed)?$/.exec(dueKey);
  return match ? Number(match[1]) : null;
}

const personSelect = { select: { ...reviewEmailPersonSelect.select, email: true } } as const;

async function loadSession(db: DbClient, id: string) {
  return db.reviewSession.findUnique({
    where: { id },
    select: {
      ...reviewEmailSessionSelect,
      sequence: true,
      scheduledBy: { select: { id: true, name: true } },
      pairing: { select: { status: true, userA: personSelect, userB: personSelect } },
    },
  });
}

type LoadedSession = NonNullable<Awaited<ReturnType<typeof loadSession>>>;
type Reader = LoadedSession["pairing"]["userA"];

function attachment(session: LoadedSession, method: "REQUEST" | "CANCEL", now: Date) {
  const { userA, userB } = session.pairing;
  const url = reviewUrl(session.pairingId, session.id);
  const content = buildReviewInvite({
    method,
    uid: reviewUid(session.id),
    sequence: session.sequence,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    summary: `Stepwise goal review: ${userA.name} & ${userB.name}`,
    description: `Your goal review on Stepwise. At the agreed time, both of you open the session page:\n${url}`,
    url,
    organizer: { name: "Stepwise", email: mailboxAddress(getEnv().EMAIL_FROM) },
    attendees: [userA, userB].map((person) => ({ name: person.name, email: person.email })),
    now,
  });
  return { filename: "invite.ics", content, contentType: inviteContentType(method) };
}

/**
 * One of the two calendar emails for a row: the message, and the invitation file with `method`.
 * Null when the row is stale: its sequence superseded, the session no longer `current` for it,
 * or the reader no longer in the pairing.
 */
async function renderCalendarEmail(db: DbClient, delivery: ClaimedDelivery, method: "REQUEST" | "CANCEL", current: (session: LoadedSession) => boolean, message: (session: LoadedSession, people: { me: Reader; other: Reader }) => Omit<EmailMessage, "to">): Promise<EmailMessage | null> {
  const session = await loadSession(db, delivery.subjectId);
  if (!session || session.sequence !== sequenceOf(delivery.dueKey) || !current(session)) return null;
  const people = readerAndOther(session.pairing, delivery.recipientId);
  if (!people) return null;
  return { to: delivery.recipientEmail, ...message(session, people), attachments: [attachment(session, method, new Date())] };
}

export function renderReviewInvite(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  return renderCalendarEmail(
    db,
    delivery,
    "REQUEST",
    (session) => session.status === "SCHEDULED" && session.pairing.status === "ACTIVE",
    (session, people) =>
      reviewInviteMessage({
        ...reviewGreeting(people, session),
        url: reviewUrl(session.pairingId, session.id),
        scheduledBy: { name: session.scheduledBy.name, isRecipient: session.scheduledBy.id === people.me.id },
        update: session.sequence > 0,
        confirmedProposal: delivery.dueKey.endsWith(":confirmed"),
      }),
  );
}

export function renderReviewCancel(db: DbClient, delivery: ClaimedDelivery): Promise<EmailMessage | null> {
  return renderCalendarEmail(
    db,
    delivery,
    "CANCEL",
    (session) => session.status === "CANCELLED",
    (session, people) => reviewCancelledMessage({ ...reviewGreeting(people, session), url: appUrl(`/buddies/${session.pairingId}`) }),
  );
}

export type DepartingSession = { id: string; pairingId: string; sequence: number; startsAt: Date; durationMinutes: number };

/**
 * The cancellation for the person who stays when their buddy deletes their account. It cannot
 * go through the ledger: the session is deleted with the account (and the renderer reads the
 * session), so it is built beforehand from what the caller loaded, and sent after the delete.
 */
export function departedBuddyCancellation(session: DepartingSession, people: { stays: Person & { name: string; timeZone: string }; leaves: { name: string; email: string } }, now: Date): EmailMessage {
  const url = appUrl("/buddies");
  const content = buildReviewInvite({
    method: "CANCEL",
    uid: reviewUid(session.id),
    sequence: session.sequence,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    summary: `Stepwise goal review: ${people.leaves.name} & ${people.stays.name}`,
    description: `${people.leaves.name} deleted their Stepwise account, so this review is cancelled.`,
    url,
    organizer: { name: "Stepwise", email: mailboxAddress(getEnv().EMAIL_FROM) },
    attendees: [people.stays, people.leaves].map((person) => ({ name: person.name, email: person.email })),
    now,
  });
  return {
    to: people.stays.email,
    ...reviewCancelledMessage({
      name: people.stays.name,
      otherName: people.leaves.name,
      whenText: formatReviewTime(session.startsAt, session.durationMinutes, people.stays.timeZone),
      url,
    }),
    attachments: [{ filename: "invite.ics", content, contentType: inviteContentType("CANCEL") }],
  };
}
