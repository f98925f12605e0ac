import { describe, expect, it } from "vitest";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";
import { updateProfile } from "./update-profile";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { setupAccountHarness, uniqueEmail } from "@/test/integration/account-harness";
import { createTestUser } from "@/test/integration/database";
import { createCheckIn, createGoal, createPairing, createStep } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();
const password = "my current passphrase";

async function signedInUser(): Promise<SessionUser> {
  const user = await createTestUser(db.prisma, { email: uniqueEmail("settings"), passwordHash: await hashPassword(password), emailVerifiedAt: new Date() });
  const session = await loadSessionUser(user.id, 0);
  if (!session) throw new Error("expected a session user");
  return session;
}

async function giveUserData(userId: string) {
  const goal = await createGoal(db.prisma, { id: userId }, { title: "Lead a team", category: "LEADERSHIP", horizonYears: 5, deadline: "2030-06-30" });
  await createStep(db.prisma, goal, { title: "Mentor a junior" });
  const checkIn = await createCheckIn(db.prisma, goal, { authorId: userId, note: "Started" });
  await db.prisma.comment.create({ data: { checkInId: checkIn.id, authorId: userId, body: "Nice" } });
  await db.prisma.reflection.create({ data: { userId, promptKey: "define-success", answer: "Freedom" } });
  return goal;
}

describe("changePassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const user = await signedInUser();
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await changePassword(user, { currentPassword: "not my password", newPassword: "a different passphrase" })).toEqual({
      ok: false,
      reason: "wrong_current_password",
    });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
  });

  it("changes the password, ends existing sessions and notifies the owner", async () => {
    const user = await signedInUser();
    expect(await changePassword(user, { currentPassword: password, newPassword: "a different passphrase" })).toEqual({ ok: true, sessionVersion: 1 });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a different passphrase", stored.passwordHash ?? "")).toBe(true);
    expect(await loadSessionUser(user.id, 0)).toBeNull();
    await mail().waitFor(user.email, "password was changed");
  });
});

describe("updateProfile", () => {
  it("changes only the acting user's name and time zone", async () => {
    const user = await signedInUser();
    const other = await signedInUser();
    await updateProfile(user, { name: "New Name", timeZone: "Asia/Kathmandu" });
    expect(await loadSessionUser(user.id, 0)).toMatchObject({ name: "New Name", timeZone: "Asia/Kathmandu" });
    expect(await loadSessionUser(other.id, 0)).toMatchObject({ name: other.name, timeZone: other.timeZone });
  });
});

describe("deleteAccount", () => {
  it("does nothing when the confirmation does not match", async () => {
    const user = await signedInUser();
    await giveUserData(user.id);
    expect(await deleteAccount(user, { confirmEmail: "someone-else@example.test" })).toEqual({ ok: false, reason: "confirmation_mismatch" });
    expect(await db.prisma.goal.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it("deletes the user and everything they own, and nobody else's data", async () => {
    const user = await signedInUser();
    const other = await signedInUser();
    const goal = await giveUserData(user.id);
    const othersGoal = await giveUserData(other.id);
    await createPairing(db.prisma, user, other);

    expect(await deleteAccount(user, { confirmEmail: user.email })).toEqual({ ok: true });

    expect(await db.prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await loadSessionUser(user.id, 0)).toBeNull();
    expect(await db.prisma.goal.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await db.prisma.microGoal.count({ where: { goalId: goal.id } })).toBe(0);
    expect(await db.prisma.checkIn.count({ where: { goalId: goal.id } })).toBe(0);
    expect(await db.prisma.reflection.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.prisma.buddyPairing.count({ where: { OR: [{ userAId: user.id }, { userBId: user.id }] } })).toBe(0);
    expect(await db.prisma.goal.findUnique({ where: { id: othersGoal.id } })).not.toBeNull();
    expect(await db.prisma.microGoal.count({ where: { goalId: othersGoal.id } })).toBe(1);
  });
});
