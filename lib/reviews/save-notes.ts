// The session's shared notes, with the same rule as decisions: a save based on an older
// version is refused and answered with the notes now stored, never silently overwritten.
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeReviewSession } from "./authorize-review";
import type { ReviewNotesInput } from "./schemas";

export type SaveNotesResult = { ok: true; notes: string; notesVersion: number } | { ok: false; reason: "conflict"; notes: string; notesVersion: number } | { ok: false; reason: "closed" };

export async function saveReviewNotes(actor: SessionUser, sessionId: string, input: ReviewNotesInput): Promise<SaveNotesResult> {
  const db = await getDb();
  const grant = await authorizeReviewSession(db, actor, sessionId);
  // One conditional UPDATE: it waits for a close in progress, then sees its outcome.
  const { count } = await db.reviewSession.updateMany({
    where: { id: grant.session.id, status: "SCHEDULED", notesVersion: input.expectedVersion },
    data: { notes: input.notes, notesVersion: { increment: 1 } },
  });
  const stored = await db.reviewSession.findUniqueOrThrow({ where: { id: grant.session.id }, select: { status: true, notes: true, notesVersion: true } });
  if (count === 1) return { ok: true, notes: stored.notes, notesVersion: stored.notesVersion };
  if (stored.status !== "SCHEDULED") return { ok: false, reason: "closed" };
  return { ok: false, reason: "conflict", notes: stored.notes, notesVersion: stored.notesVersion };
}
