// Brings an export back into an EMPTY account, all or nothing (one transaction).
import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isPromptKey } from "@/lib/reflections/prompts";
import { toDbDate } from "@/lib/time/calendar-date";
import { ExportFileSchema } from "./export-schema";

export type ImportResult = { ok: true; goals: number; microGoals: number; checkIns: number; reflections: number } | { ok: false; reason: "invalid_file"; problems: string[] } | { ok: false; reason: "account_not_empty" };

export async function importUserData(actor: SessionUser, json: unknown): Promise<ImportResult> {
  const parsed = ExportFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: "invalid_file", problems: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`) };
  }
  const data = parsed.data;
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      // Lock the user row: two imports at once must not both see an empty account.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id}::uuid FOR UPDATE`;
      const [goals, reflections, answers] = await Promise.all([tx.goal.count({ where: { ownerId: actor.id } }), tx.reflection.count({ where: { userId: actor.id } }), tx.interviewAnswer.count({ where: { userId: actor.id } })]);
      if (goals + reflections + answers > 0) return { ok: false, reason: "account_not_empty" } as const;

      const reflectionRows = data.reflections.filter((reflection) => isPromptKey(reflection.promptKey) && reflection.answer.trim());
      await tx.reflection.createMany({ data: reflectionRows.map((reflection) => ({ userId: actor.id, promptKey: reflection.promptKey, answer: reflection.answer, updatedAt: new Date(reflection.updatedAt) })) });

      const newIds = new Map<string, string>();
      let microGoals = 0;
      let checkIns = 0;
      for (const goal of data.goals) {
        const created = await tx.goal.create({
          data: {
            ownerId: actor.id,
            title: goal.title,
            category: goal.category,
            horizonYears: goal.horizonYears,
            specific: goal.specific,
            measure: goal.measure,
            baselineValue: goal.baselineValue,
            targetValue: goal.targetValue,
            currentValue: goal.currentValue,
            measureUnit: goal.measureUnit,
            attainable: goal.attainable,
            relevant: goal.relevant,
            deadline: toDbDate(goal.deadline),
            visibility: goal.visibility,
            status: goal.status,
            achievedAt: goal.achievedAt ? new Date(goal.achievedAt) : null,
            reward: goal.reward,
            reflectionHard: goal.reflectionHard,
            reflectionEasy: goal.reflectionEasy,
            reflectionHelpers: goal.reflectionHelpers,
            reflectionDifferently: goal.reflectionDifferently,
            createdAt: new Date(goal.createdAt),
          },
          select: { id: true },
        });
        newIds.set(goal.id, created.id);
        await tx.microGoal.createMany({
          data: goal.microGoals.map((step, index) => ({
            goalId: created.id,
            title: step.title,
            actionPlan: step.actionPlan,
            deadline: step.deadline ? toDbDate(step.deadline) : null,
            position: index,
            doneAt: step.doneAt ? new Date(step.doneAt) : null,
            obstacle: step.obstacle,
            ifThenPlan: step.ifThenPlan,
            cueWeekday: step.cueWeekday,
            cueMinute: step.cueMinute,
          })),
        });
        await tx.checkIn.createMany({
          data: goal.checkIns.map((checkIn) => ({ goalId: created.id, authorId: actor.id, note: checkIn.note, progressValue: checkIn.progressValue, createdAt: new Date(checkIn.createdAt) })),
        });
        microGoals += goal.microGoals.length;
        checkIns += goal.checkIns.length;
      }

      const seen = new Set<string>();
      for (const answer of data.interviewAnswers) {
        const key = `${answer.kind}:${answer.targetRole}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await tx.interviewAnswer.create({
          data: {
            userId: actor.id,
            kind: answer.kind,
            targetRole: answer.targetRole,
            targetCompany: answer.targetCompany,
            goalIds: answer.goalIds.map((id) => newIds.get(id)).filter((id): id is string => Boolean(id)),
            body: answer.body,
          },
        });
      }
      return { ok: true, goals: data.goals.length, microGoals, checkIns, reflections: reflectionRows.length } as const;
    },
    { timeout: 60_000 },
  );
}
