import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export async function updateProfile(actor: SessionUser, input: { name: string; timeZone: string }): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: actor.id }, data: { name: input.name, timeZone: input.timeZone } });
}
