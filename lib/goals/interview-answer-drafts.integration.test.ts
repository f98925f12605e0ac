import { describe, expect, it } from "vitest";
import { deleteInterviewAnswer, draftFromGoals, listAnswerGoals, listSavedAnswers, saveInterviewAnswer } from "./interview-answer-drafts";
import { NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createGoal } from "@/test/integration/factories";

const db = setupTestDatabase();

async function goalFor(ownerId: string, title: string, horizonYears = 5, category: "KNOWLEDGE" | "EARNINGS" = "KNOWLEDGE") {
  return createGoal(db.prisma, { id: ownerId }, { title, category, horizonYears, deadline: "2031-06-30", relevant: "I love teaching" });
}

describe("interview answer drafts", () => {
  it("drafts only from the actor's own goals, ignoring guessed ids", async () => {
    const me = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const mine = await goalFor(me.id, "Lead the design system team");
    const theirs = await goalFor(other.id, "Secret plan to become CEO");
    const goals = await listAnswerGoals(me);
    expect(goals.map((goal) => goal.id)).toEqual([mine.id]);
    const draft = draftFromGoals(me, goals, { kind: "LONG_TERM", role: "Design Lead", company: "Acme", goal: [mine.id, theirs.id] });
    expect(draft.body).toContain("design system");
    expect(draft.body).not.toContain("Secret plan");
  });

  it("saves one draft per question and role, replacing it on save, and deletes only the actor's", async () => {
    const me = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const mine = await goalFor(me.id, "Earn $150k", 1, "EARNINGS");
    const theirs = await goalFor(other.id, "Not mine");
    const first = await saveInterviewAnswer(me, { kind: "SHORT_TERM", targetRole: "PM", targetCompany: "Acme", goalIds: [mine.id, theirs.id], body: "Version one" });
    const second = await saveInterviewAnswer(me, { kind: "SHORT_TERM", targetRole: "PM", targetCompany: "Beta", goalIds: [mine.id], body: "Version two" });
    await saveInterviewAnswer(me, { kind: "SHORT_TERM", targetRole: "Designer", targetCompany: "", goalIds: [], body: "Other role" });
    expect(second.id).toBe(first.id);
    const saved = await listSavedAnswers(me);
    expect(saved).toHaveLength(2);
    expect(saved.find((answer) => answer.targetRole === "PM")).toMatchObject({ body: "Version two", targetCompany: "Beta", goalIds: [mine.id] });
    expect(await listSavedAnswers(other)).toEqual([]);

    await expect(deleteInterviewAnswer(other, first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteInterviewAnswer(me, "not-an-id")).rejects.toBeInstanceOf(NotFoundError);
    await deleteInterviewAnswer(me, first.id);
    expect((await listSavedAnswers(me)).map((answer) => answer.targetRole)).toEqual(["Designer"]);
  });

  it("never keeps someone else's goal id on a saved draft", async () => {
    const me = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const theirs = await goalFor(other.id, "Not mine");
    await saveInterviewAnswer(me, { kind: "NETWORKING", targetRole: "", targetCompany: "", goalIds: [theirs.id], body: "Hello" });
    expect((await listSavedAnswers(me))[0]?.goalIds).toEqual([]);
  });
});
