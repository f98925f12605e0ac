// What the rest of the app knows about the signed-in person: a small DTO, never the row
// (so the password hash can never reach a component).
import "server-only";
import { getDb } from "@/lib/db";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  hasPassword: boolean;
};

/** Loads the user a session points at, or null when the account is gone or the session is stale. */
export async function loadSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: userId, sessionVersion, emailVerifiedAt: { not: null } },
    select: { id: true, email: true, name: true, timeZone: true, passwordHash: true },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}
