// The line above a closed review: who closed it, from the reader's side. Decided by id: two
// buddies may share a display name, and "by you" must not depend on that.

export type ClosedBy = { completedById: string | null; completedByName: string | null };

export function closedReviewNotice(session: ClosedBy, readerId: string): string {
  if (!session.completedById || !session.completedByName) return "This review is closed. Here is what you decided.";
  const who = session.completedById === readerId ? "you" : session.completedByName;
  return `This review is closed (by ${who}). Here is what you decided.`;
}
