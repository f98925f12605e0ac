// What every email about a review session shares, rendered at send time: the session's columns,
// who the reader is and who the other person is, and the names and time the email opens with.
import { formatReviewTime } from "./review-time";

/** The session's columns every review email reads. */
export const reviewEmailSessionSelect = { id: true, pairingId: true, status: true, startsAt: true, durationMinutes: true } as const;

/** The columns of each person the emails greet, in their own time zone. */
export const reviewEmailPersonSelect = { select: { id: true, name: true, timeZone: true } } as const;

type Person = { id: string; name: string; timeZone: string };

/** The reader and the other person of the pairing; null when the row is for neither of them. */
export function readerAndOther<P extends Person>(pairing: { userA: P; userB: P }, recipientId: string | null): { me: P; other: P } | null {
  if (recipientId === pairing.userA.id) return { me: pairing.userA, other: pairing.userB };
  if (recipientId === pairing.userB.id) return { me: pairing.userB, other: pairing.userA };
  return null;
}

/** Who the email is to, who it is with, and when, in the reader's time zone. */
export function reviewGreeting(people: { me: Person; other: Person }, session: { startsAt: Date; durationMinutes: number }) {
  return { name: people.me.name, otherName: people.other.name, whenText: formatReviewTime(session.startsAt, session.durationMinutes, people.me.timeZone) };
}
