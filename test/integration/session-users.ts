// Signed-in users for domain tests: a real row plus the SessionUser the app would load.
import type { Db } from "@/lib/db";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { createTestUser } from "./database";

export async function createSessionUser(prisma: Db, overrides: { timeZone?: string; name?: string } = {}): Promise<SessionUser> {
  const user = await createTestUser(prisma, { emailVerifiedAt: new Date(), ...overrides });
  const session = await loadSessionUser(user.id, user.sessionVersion);
  if (!session) throw new Error("expected a session user");
  return session;
}
