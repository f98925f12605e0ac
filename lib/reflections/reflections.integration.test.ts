import { describe, expect, it } from "vitest";
import { listReflections } from "./list-reflections";
import { saveReflection } from "./save-reflection";
import { ReflectionAnswerSchema } from "./schemas";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { createTestUser, setupTestDatabase } from "@/test/integration/database";

const db = setupTestDatabase();

async function signedInUser(): Promise<SessionUser> {
  const user = await createTestUser(db.prisma, { emailVerifiedAt: new Date() });
  const session = await loadSessionUser(user.id, 0);
  if (!session) throw new Error("expected a session user");
  return session;
}

/** What the action does: parse the form input, then save. */
async function save(actor: SessionUser, promptKey: string, answer: string) {
  return saveReflection(actor, ReflectionAnswerSchema.parse({ promptKey, answer }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

describe("saveReflection and listReflections", () => {
  it("saves a trimmed answer and lists it with its date", async () => {
    const user = await signedInUser();
    expect(await listReflections(user)).toEqual({});

    const saved = await save(user, "define-success", "  Freedom to choose my projects.  ");
    expect(saved).toMatchObject({ promptKey: "define-success", answer: "Freedom to choose my projects." });
    expect(saved?.updatedAt).toBeInstanceOf(Date);

    expect(await listReflections(user)).toEqual({ "define-success": { answer: "Freedom to choose my projects.", updatedAt: saved?.updatedAt } });
  });

  it("edits an answer in place and moves its last-updated date", async () => {
    const user = await signedInUser();
    const first = await save(user, "ideal-workday", "Mornings writing, afternoons with people.");
    await tick();
    const second = await save(user, "ideal-workday", "Deep work until noon, then pairing.");

    expect(second?.answer).toBe("Deep work until noon, then pairing.");
    expect(second!.updatedAt.getTime()).toBeGreaterThan(first!.updatedAt.getTime());
    const rows = await db.prisma.reflection.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.createdAt.getTime()).toBe(first!.updatedAt.getTime());
    expect((await listReflections(user))["ideal-workday"]).toEqual({ answer: "Deep work until noon, then pairing.", updatedAt: second?.updatedAt });
  });

  it("clears an answer when it is saved empty, and clearing an unanswered prompt is harmless", async () => {
    const user = await signedInUser();
    await save(user, "vision-5-years", "Leading a small product team.");
    await save(user, "vision-10-years", "Running my own studio.");

    expect(await save(user, "vision-5-years", "   \r\n  ")).toBeNull();
    expect(await save(user, "vision-20-years", "")).toBeNull();

    const answers = await listReflections(user);
    expect(Object.keys(answers)).toEqual(["vision-10-years"]);
    expect(await db.prisma.reflection.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an unknown prompt key before anything is stored", async () => {
    const user = await signedInUser();
    const parsed = ReflectionAnswerSchema.safeParse({ promptKey: "not-a-prompt", answer: "Anything" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["promptKey"], message: "Choose a prompt from the list." })]);
    expect(await db.prisma.reflection.count({ where: { userId: user.id } })).toBe(0);
  });

  it("ignores stored answers to prompts that are no longer in the catalogue", async () => {
    const user = await signedInUser();
    await db.prisma.reflection.create({ data: { userId: user.id, promptKey: "retired-prompt", answer: "Old answer" } });
    await save(user, "most-successful", "Shipping the redesign.");
    expect(Object.keys(await listReflections(user))).toEqual(["most-successful"]);
  });
});

describe("authorization", () => {
  it("never shows one user another user's answers", async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    await save(alice, "define-success", "Alice's private answer.");
    await save(alice, "financial-success", "Alice's number.");

    expect(await listReflections(bob)).toEqual({});
    expect(Object.keys(await listReflections(alice)).sort()).toEqual(["define-success", "financial-success"]);
  });

  it("saving the same prompt as another user creates their own answer and leaves the first untouched", async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    const alicesAnswer = await save(alice, "define-success", "Alice's private answer.");
    await tick();

    await save(bob, "define-success", "Bob's answer.");
    expect(await listReflections(alice)).toEqual({ "define-success": { answer: "Alice's private answer.", updatedAt: alicesAnswer?.updatedAt } });
    expect((await listReflections(bob))["define-success"]?.answer).toBe("Bob's answer.");

    // Clearing is scoped to the actor too.
    await save(bob, "define-success", "");
    expect(await listReflections(alice)).toEqual({ "define-success": { answer: "Alice's private answer.", updatedAt: alicesAnswer?.updatedAt } });
    expect(await listReflections(bob)).toEqual({});

    const rows = await db.prisma.reflection.findMany({ where: { promptKey: "define-success", userId: { in: [alice.id, bob.id] } }, select: { userId: true, answer: true } });
    expect(rows).toEqual([{ userId: alice.id, answer: "Alice's private answer." }]);
  });
});
