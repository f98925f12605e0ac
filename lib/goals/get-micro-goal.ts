import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { IdSchema } from "./schemas";
import { microGoalSelect, toMicroGoalDto, type MicroGoalDto } from "./goal-dto";

/** One step of one of the actor's goals; someone else's or an unknown id is "not found". */
export async function getMicroGoal(actor: SessionUser, microGoalId: string): Promise<MicroGoalDto> {
  if (!IdSchema.safeParse(microGoalId).success) throw new NotFoundError("That step");
  const db = await getDb();
  const row = await db.microGoal.findFirst({ where: { id: microGoalId, goal: { ownerId: actor.id } }, select: microGoalSelect });
  if (!row) throw new NotFoundError("That step");
  return toMicroGoalDto(row);
}
