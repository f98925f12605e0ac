// A check-in as its row shows it (CheckInEntry, a client component): plain text made on the server,
// where the reader's time zone is known and formatting cannot differ from the browser's.
import { formatNumber } from "@/lib/goals/progress-chart";
import { formatDateTime } from "@/lib/time/format";

/** `departed`: the author deleted their account; the entry is a placeholder that keeps the replies after it in context. */
export type CommentView = { id: string; kind: "COMMENT" | "CHEER"; who: string; mine: boolean; departed: boolean; at: string; atText: string; body: string };

export type CheckInView = {
  id: string;
  at: string;
  /** "5 Nov 2026, 11:34" in the reader's time zone. */
  atText: string;
  /** Shown on the owner's page (who checked in); left out on a buddy's. */
  authorName: string | null;
  /** "Value: 59 people", or null when the check-in has no value. */
  valueText: string | null;
  note: string;
  /** The first check-in after a missed period: greeted as a comeback, never counted against. */
  comeback: boolean;
  /** Oldest first, as they were written. */
  comments: CommentView[];
};

type CheckInLike = {
  id: string;
  note: string;
  progressValue: number | null;
  createdAt: Date;
  comeback?: boolean;
  authorName?: string;
  comments: { id: string; kind: "COMMENT" | "CHEER"; body: string; authorName: string; mine: boolean; departed: boolean; createdAt: Date }[];
};

export function toCheckInView(checkIn: CheckInLike, { timeZone, unit, withAuthor }: { timeZone: string; unit: string; withAuthor: boolean }): CheckInView {
  return {
    id: checkIn.id,
    at: checkIn.createdAt.toISOString(),
    atText: formatDateTime(checkIn.createdAt, timeZone),
    authorName: withAuthor ? (checkIn.authorName ?? null) : null,
    valueText: checkIn.progressValue === null ? null : `Value: ${formatNumber(checkIn.progressValue)}${unit ? ` ${unit}` : ""}`,
    note: checkIn.note,
    comeback: checkIn.comeback ?? false,
    comments: checkIn.comments.map((comment) => ({
      id: comment.id,
      kind: comment.kind,
      who: comment.mine ? "You" : comment.authorName,
      mine: comment.mine,
      departed: comment.departed,
      at: comment.createdAt.toISOString(),
      atText: formatDateTime(comment.createdAt, timeZone),
      body: comment.body,
    })),
  };
}
