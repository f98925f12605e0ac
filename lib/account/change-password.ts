import "server-only";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordChangedMessage } from "@/lib/email";
import { sendAccountEmail } from "./send-account-email";
import type { SessionUser } from "@/lib/auth/session-user";

export type ChangePasswordResult = { ok: true; sessionVersion: number } | { ok: false; reason: "wrong_current_password" };

/** Changes the password (the current one is required when there is one) and ends all other sessions. */
export async function changePassword(actor: SessionUser, input: { currentPassword: string; newPassword: string }): Promise<ChangePasswordResult> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, reason: "wrong_current_password" };
  }
  const updated = await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await sendAccountEmail({ to: actor.email, ...passwordChangedMessage({ name: actor.name }) });
  return { ok: true, sessionVersion: updated.sessionVersion };
}
