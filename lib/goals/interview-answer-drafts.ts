// The answer builder's data: drafting from the actor's own goals, and saved drafts (one per
// question and target role). Goal ids from a form are only ever matched against the actor's
// goals, so a guessed id contributes nothing.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { todayIn, fromDbDate } from "@/lib/time/calendar-date";
import { draftInterviewAnswer, type AnswerGoal, type AnswerKind, type DraftedAnswer } from "./interview-answers";
import { MAX_SAVED_ANSWERS, savedAnswersFullMessage, type SaveAnswerSchema } from "./interview-answer-schemas";
import { storedHorizon } from "./horizon";

// Re-exported for callers that read them beside the data functions.
export { ANSWER_KINDS, DraftRequestSchema, MAX_SAVED_ANSWERS, SaveAnswerSchema, savedAnswersFullMessage } from "./interview-answer-schemas";

export type SavedAnswer = { id: string; kind: AnswerKind; targetRole: string; targetCompany: string; goalIds: string[]; body: string; updatedAt: Date };

/** Goals the actor can build answers from (active and achieved), newest deadline last. */
export async function listAnswerGoals(actor: SessionUser): Promise<AnswerGoal[]> {
  const db = await getDb();
  const rows = await db.goal.findMany({
    where: { ownerId: actor.id, status: { not: "DROPPED" } },
    select: { id: true, title: true, category: true, horizonYears: true, specific: true, measure: true, relevant: true, deadline: true },
    orderBy: [{ horizonYears: "asc" }, { deadline: "asc" }],
    take: 200,
  });
  return rows.map((row) => ({ ...row, horizonYears: storedHorizon(row.horizonYears), deadline: fromDbDate(row.deadline) }));
}

export function draftFromGoals(actor: SessionUser, goals: AnswerGoal[], request: { kind: AnswerKind; role: string; company: string; goal: string[] }, now = new Date()): DraftedAnswer {
  const picked = goals.filter((goal) => request.goal.includes(goal.id));
  return draftInterviewAnswer({
    kind: request.kind,
    goals: picked,
    targetRole: request.role || undefined,
    targetCompany: request.company || undefined,
    today: todayIn(actor.timeZone, now),
  });
}

export async function listSavedAnswers(actor: SessionUser): Promise<SavedAnswer[]> {
  const db = await getDb();
  return db.interviewAnswer.findMany({
    where: { userId: actor.id },
    select: { id: true, kind: true, targetRole: true, targetCompany: true, goalIds: true, body: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take: MAX_SAVED_ANSWERS,
  });
}

/**
 * Saves (or replaces) the draft for this question and target role. A new draft beyond
 * MAX_SAVED_ANSWERS is refused (LimitReachedError); replacing an existing one always works.
 */
export async function saveInterviewAnswer(actor: SessionUser, input: z.infer<typeof SaveAnswerSchema>): Promise<{ id: string }> {
  const db = await getDb();
  const owned = await db.goal.findMany({ where: { ownerId: actor.id, id: { in: input.goalIds } }, select: { id: true } });
  const goalIds = input.goalIds.filter((id) => owned.some((goal) => goal.id === id));
  const data = { targetCompany: input.targetCompany, goalIds, body: input.body };
  const key = { userId_kind_targetRole: { userId: actor.id, kind: input.kind, targetRole: input.targetRole } };
  return db.$transaction(async (tx) => {
    // The user row lock makes "count, then add" one step for two saves at once.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`;
    const existing = await tx.interviewAnswer.findUnique({ where: key, select: { id: true } });
    if (!existing && (await tx.interviewAnswer.count({ where: { userId: actor.id } })) >= MAX_SAVED_ANSWERS) {
      throw new LimitReachedError(savedAnswersFullMessage, "targetRole");
    }
    return tx.interviewAnswer.upsert({
      where: key,
      create: { userId: actor.id, kind: input.kind, targetRole: input.targetRole, ...data },
      update: data,
      select: { id: true },
    });
  });
}

export async function deleteInterviewAnswer(actor: SessionUser, answerId: string): Promise<void> {
  const db = await getDb();
  const parsed = z.uuid().safeParse(answerId);
  const { count } = parsed.success ? await db.interviewAnswer.deleteMany({ where: { id: parsed.data, userId: actor.id } }) : { count: 0 };
  if (count === 0) throw new NotFoundError("That answer");
}
