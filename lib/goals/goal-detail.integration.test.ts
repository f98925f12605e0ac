// The goal page's reads: the whole goal in one statement (issue 13 item 7: whether the owner has
// a buddy was a second query awaited after the first), and the chart's newest check-ins in one
// small statement while the history shows an older page (it was a second full goal load).
import { beforeEach, describe, expect, it } from "vitest";
import { createGoal } from "./create-goal";
import { addCheckIn } from "./check-ins";
import { getGoalDetail, listNewestCheckInValues, CHECK_IN_PAGE_SIZE } from "./get-goal";
import { GoalFormSchema } from "./schemas";
import { NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";

const queries: string[] = [];
const db = setupTestDatabase({ onQuery: (sql) => queries.push(sql) });
beforeEach(() => {
  queries.length = 0;
});

const goalInput = (visibility: "PRIVATE" | "BUDDIES") =>
  GoalFormSchema.parse({ title: "Lead a design team", category: "LEADERSHIP", horizonYears: "5", specific: "Lead a team of four", measure: "Team size", baselineValue: "0", targetValue: "4", measureUnit: "people", attainable: "Mentor", relevant: "Growth", deadline: "2031-06-30", visibility, reward: "" });

/** The statements `work` sends to PostgreSQL. */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  queries.length = 0;
  const result = await work();
  return { result, statements: [...queries] };
}

describe("getGoalDetail", () => {
  it("loads a shared goal, its steps, check-ins with comments and whether the owner has a buddy in one statement", async () => {
    const owner = await createSessionUser(db.prisma);
    const buddy = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput("BUDDIES"));
    await addCheckIn(owner, id, { note: "Hired one", progressValue: 1 });

    const alone = await statementsOf(() => getGoalDetail(owner, id));
    expect(alone.statements).toHaveLength(1);
    expect(alone.result.canReplyToBuddies).toBe(false);

    const pairing = await db.prisma.buddyPairing.create({ data: { userAId: buddy.id, userBId: owner.id } });
    const paired = await statementsOf(() => getGoalDetail(owner, id));
    expect(paired.statements).toHaveLength(1);
    expect(paired.result.canReplyToBuddies).toBe(true);
    expect(paired.result.checkIns.map((checkIn) => checkIn.note)).toEqual(["Hired one"]);

    // An ended pairing is no buddy to reply to.
    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { status: "ENDED", endedAt: new Date() } });
    expect((await getGoalDetail(owner, id)).canReplyToBuddies).toBe(false);
  });

  it("never offers replies on a private goal, buddy or not", async () => {
    const owner = await createSessionUser(db.prisma);
    const buddy = await createSessionUser(db.prisma);
    await db.prisma.buddyPairing.create({ data: { userAId: owner.id, userBId: buddy.id } });
    const { id } = await createGoal(owner, goalInput("PRIVATE"));
    expect((await getGoalDetail(owner, id)).canReplyToBuddies).toBe(false);
    await expect(getGoalDetail(buddy, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listNewestCheckInValues", () => {
  it("gives the newest page's times and values in one statement, whatever page the history shows", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput("PRIVATE"));
    for (let index = 0; index < CHECK_IN_PAGE_SIZE + 2; index += 1) await addCheckIn(owner, id, { note: `Week ${index}`, progressValue: index % 2 ? index : null });

    const { result, statements } = await statementsOf(() => listNewestCheckInValues(owner, id));
    expect(statements).toHaveLength(1);
    expect(result.hasMore).toBe(true);
    expect(result.checkIns).toHaveLength(CHECK_IN_PAGE_SIZE);
    const newest = (await getGoalDetail(owner, id)).checkIns;
    expect(result.checkIns).toEqual(newest.map((checkIn) => ({ createdAt: checkIn.createdAt, progressValue: checkIn.progressValue })));
  });

  it("shows nothing of another person's goal", async () => {
    const owner = await createSessionUser(db.prisma);
    const stranger = await createSessionUser(db.prisma);
    const { id } = await createGoal(owner, goalInput("BUDDIES"));
    await addCheckIn(owner, id, { note: "Mine", progressValue: 2 });
    expect(await listNewestCheckInValues(stranger, id)).toEqual({ checkIns: [], hasMore: false });
    expect(await listNewestCheckInValues(owner, "not-an-id")).toEqual({ checkIns: [], hasMore: false });
  });
});
