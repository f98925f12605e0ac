import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

/** Whether the actor has ever written a goal (any status): decides how /goals/new greets them. */
export async function hasAnyGoal(actor: SessionUser): Promise<boolean> {
  const db = await getDb();
  const goal = await db.goal.findFirst({ where: { ownerId: actor.id }, select: { id: true } });
  return goal !== null;
}
