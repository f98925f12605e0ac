import { describe, expect, it } from "vitest";
import { getFirstSteps } from "./first-steps";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createGoal, createStep } from "@/test/integration/factories";

const db = setupTestDatabase();

describe("getFirstSteps", () => {
  it("ticks each step off from what the person did, and is gone when all are done", async () => {
    const person = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const done = async () => Object.fromEntries((await getFirstSteps(person))?.map((step) => [step.key, step.done]) ?? []);
    expect(await done()).toEqual({ reflect: false, goal: false, step: false, buddy: false, calendar: false });

    await db.prisma.reflection.create({ data: { userId: person.id, promptKey: "success", answer: "Work I am proud of" } });
    const goal = await createGoal(db.prisma, person, { title: "Lead a team", category: "LEADERSHIP", deadline: "2027-09-30" });
    // Someone else's activity ticks nothing off.
    await db.prisma.buddyInvite.create({ data: { inviterId: other.id, email: person.email, tokenHash: `hash-${person.id}`, expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await done()).toEqual({ reflect: true, goal: true, step: false, buddy: false, calendar: false });

    await createStep(db.prisma, goal, { title: "Ask for a mentor" });
    await db.prisma.buddyInvite.create({ data: { inviterId: person.id, email: "buddy@example.test", tokenHash: `hash-b-${person.id}`, expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await done()).toEqual({ reflect: true, goal: true, step: true, buddy: true, calendar: false });

    await db.prisma.user.update({ where: { id: person.id }, data: { calendarTokenHash: `feed-${person.id}` } });
    expect(await getFirstSteps(person)).toBeNull();
  });
});
