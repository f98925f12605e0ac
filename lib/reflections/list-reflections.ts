import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isPromptKey, type PromptKey } from "./prompts";

export type ReflectionAnswerSummary = { answer: string; updatedAt: Date };

/** The acting user's answers by prompt key; prompts they have not answered are absent. */
export type ReflectionsByPrompt = Partial<Record<PromptKey, ReflectionAnswerSummary>>;

/**
 * All of the acting user's answers in one query. Answers to prompts that have since left the
 * catalogue are kept in the database but not returned.
 */
export async function listReflections(actor: SessionUser): Promise<ReflectionsByPrompt> {
  const db = await getDb();
  const rows = await db.reflection.findMany({
    where: { userId: actor.id },
    select: { promptKey: true, answer: true, updatedAt: true },
  });
  const byPrompt: ReflectionsByPrompt = {};
  for (const row of rows) {
    if (isPromptKey(row.promptKey)) byPrompt[row.promptKey] = { answer: row.answer, updatedAt: row.updatedAt };
  }
  return byPrompt;
}
