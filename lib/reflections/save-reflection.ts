import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PromptKey } from "./prompts";
import type { ReflectionAnswer } from "./schemas";

export type SavedReflection = { promptKey: PromptKey; answer: string; updatedAt: Date };

/**
 * Saves the acting user's answer to one prompt, creating or replacing it; an empty answer
 * clears it. Returns what was stored, or null when the answer was cleared. Rows are keyed by
 * (userId, promptKey), so one user can never write another's answer.
 */
export async function saveReflection(actor: SessionUser, input: ReflectionAnswer): Promise<SavedReflection | null> {
  const db = await getDb();
  if (input.answer === "") {
    await db.reflection.deleteMany({ where: { userId: actor.id, promptKey: input.promptKey } });
    return null;
  }
  const saved = await db.reflection.upsert({
    where: { userId_promptKey: { userId: actor.id, promptKey: input.promptKey } },
    create: { userId: actor.id, promptKey: input.promptKey, answer: input.answer },
    update: { answer: input.answer },
    select: { answer: true, updatedAt: true },
  });
  return { promptKey: input.promptKey, answer: saved.answer, updatedAt: saved.updatedAt };
}
