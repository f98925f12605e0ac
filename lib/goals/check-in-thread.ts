// A check-in and its thread as the owner's goal page and the buddy's view both show them: one
// mapping, so a departed buddy's placeholder or a comeback reads the same on both sides.
import { FORMER_BUDDY, THREAD_MAX_ENTRIES } from "@/lib/buddies/rules";

/** `departed`: its author deleted their account; only the placeholder is left (see lib/buddies/departed-comments.ts). */
export type CheckInComment = { id: string; kind: "COMMENT" | "CHEER"; body: string; authorName: string; mine: boolean; departed: boolean; createdAt: Date };
export type CheckInThread = { id: string; note: string; progressValue: number | null; comeback: boolean; createdAt: Date; comments: CheckInComment[] };

type CommentRow = { id: string; kind: "COMMENT" | "CHEER"; body: string; authorId: string | null; author: { name: string } | null; createdAt: Date };
type CheckInRow = { id: string; note: string; progressValue: { toNumber(): number } | null; comeback: boolean; createdAt: Date; comments: CommentRow[] };

/** The columns toCheckInThread reads, for a check-ins `select` (both sides add their own where/order/take). */
export const checkInThreadSelect = {
  id: true,
  note: true,
  progressValue: true,
  comeback: true,
  createdAt: true,
  comments: { select: { id: true, kind: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: THREAD_MAX_ENTRIES },
} as const;

export function toCheckInThread(checkIn: CheckInRow, actorId: string): CheckInThread {
  return {
    id: checkIn.id,
    note: checkIn.note,
    progressValue: checkIn.progressValue?.toNumber() ?? null,
    comeback: checkIn.comeback,
    createdAt: checkIn.createdAt,
    comments: checkIn.comments.map((comment) => ({
      id: comment.id,
      kind: comment.kind,
      body: comment.body,
      authorName: comment.author?.name ?? FORMER_BUDDY,
      mine: comment.authorId === actorId,
      departed: comment.author === null,
      createdAt: comment.createdAt,
    })),
  };
}
