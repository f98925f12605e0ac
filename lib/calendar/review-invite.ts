// A review session as an iTIP (RFC 5546) message for an email attachment: METHOD:REQUEST to
// invite or update (same UID, higher SEQUENCE), METHOD:CANCEL to cancel. Stepwise is the
// ORGANIZER and both buddies are ATTENDEEs (RSVP=FALSE: Stepwise's address does not read
// replies), so each person's calendar shows the session as an invitation it can update in
// place. Pure, like build-calendar.ts: the caller passes `now` (DTSTAMP). Times are in UTC.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type ReviewInviteInput = {
  method: "REQUEST" | "CANCEL";
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  url: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  now: Date;
};

export const inviteContentType = (method: ReviewInviteInput["method"]) => `text/calendar; method=${method}; charset=utf-8`;

export function buildReviewInvite(input: ReviewInviteInput): string {
  const calendar = ical({
    prodId: { company: "Stepwise", product: "Stepwise", language: "EN" },
    method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.now,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.summary,
    description: input.description,
    url: input.url,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: input.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    })),
    status: input.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** The bare address of an RFC 5322 mailbox ("Stepwise <no-reply@stepwise.local>" → "no-reply@stepwise.local"). */
export function mailboxAddress(mailbox: string): string {
  const match = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailbox);
  return (match?.[1] ?? mailbox).trim();
}
