// Every list that grows with use is paged or capped (issue 6). For each paged list: more rows
// than a page, many sharing one instant (the cursor's id must break the tie), walked to the end by
// following the cursor; and someone else's cursor or id gets them nothing of the owner's. For each
// capped list: the limit is refused on write with a field message, concurrently too.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { createGoal } from "@/lib/goals/create-goal";
import { getGoalDetail, CHECK_IN_PAGE_SIZE } from "@/lib/goals/get-goal";
import { getDashboard } from "@/lib/goals/dashboard";
import { MAX_ACTIVE_GOALS } from "@/lib/goals/active-goal-limit";
import { achieveGoal, reactivateGoal } from "@/lib/goals/set-goal-status";
import { GoalFormSchema } from "@/lib/goals/schemas";
import { MAX_SAVED_ANSWERS, saveInterviewAnswer } from "@/lib/goals/interview-answer-drafts";
import { listNotifications, NOTIFICATION_PAGE_SIZE } from "@/lib/notifications/notifications";
import { listPastReviews, PAST_REVIEWS_PAGE_SIZE } from "@/lib/reviews/history";
import { addCheer, addComment } from "@/lib/buddies/comments";
import { getBuddyView } from "@/lib/buddies/buddy-view";
import { MAX_COMMENTS_PER_CHECK_IN } from "@/lib/buddies/rules";
import { importUserData } from "@/lib/data-export/import-user-data";
import { listOutboxPage } from "@/lib/email/outbox";
import { encodeCursor, parseCursor, type Cursor, type Page } from "./keyset";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { reviewPair, sharedGoal } from "@/test/integration/reviews";
import { createCheckIn } from "@/test/integration/factories";

const db = setupTestDatabase();

const goalInput = (title = "Lead a team of five") => GoalFormSchema.parse({ title, category: "LEADERSHIP", horizonYears: "5", specific: "", measure: "", baselineValue: "", targetValue: "", measureUnit: "", attainable: "", relevant: "", deadline: "2030-06-30", reward: "" });

/** Rows at `count` distinct-ish instants: every third row shares its instant with the next one. */
const instants = (count: number, start = Date.UTC(2027, 0, 1)) => Array.from({ length: count }, (_, index) => new Date(start + Math.floor(index / 3) * 60_000));

/** Follows `next` cursors (through their URL form, as the pages do) until the last page. */
async function walk<T extends { id: string }>(load: (before?: Cursor) => Promise<Page<T>>): Promise<T[][]> {
  const pages: T[][] = [];
  let before: Cursor | undefined;
  for (let guard = 0; guard < 50; guard += 1) {
    const page = await load(before);
    pages.push(page.items);
    if (!page.next) return pages;
    before = parseCursor(encodeCursor(page.next));
  }
  throw new Error("the cursor never reached the last page");
}

/** What every keyset list here promises: pages of these sizes, each of `total` rows once, newest first by (instant, id). */
function expectPagedNewestFirst<T extends { id: string }>(pages: T[][], sizes: number[], total: number, at: (row: T) => Date): T[] {
  expect(pages.map((page) => page.length)).toEqual(sizes);
  const rows = pages.flat();
  expect(new Set(rows.map((row) => row.id)).size).toBe(total);
  const sorted = [...rows].sort((a, b) => at(b).getTime() - at(a).getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  expect(rows.map((row) => row.id)).toEqual(sorted.map((row) => row.id));
  return rows;
}

describe("check-ins on the goal page", () => {
  it("pages 20 at a time, newest first, through ties, to the end", async () => {
    const owner = await createSessionUser(db.prisma);
    const { id: goalId } = await createGoal(owner, goalInput());
    const total = CHECK_IN_PAGE_SIZE * 2 + 5;
    await db.prisma.checkIn.createMany({ data: instants(total).map((createdAt, index) => ({ goalId, authorId: owner.id, note: `Week ${index}`, createdAt })) });

    const pages = await walk(async (before) => {
      const detail = await getGoalDetail(owner, goalId, { checkInsBefore: before });
      return { items: detail.checkIns, next: detail.olderCheckIns };
    });
    expectPagedNewestFirst(pages, [CHECK_IN_PAGE_SIZE, CHECK_IN_PAGE_SIZE, 5], total, (checkIn) => checkIn.createdAt);
  });

  it("gives another person nothing: not the goal, and a copied cursor only pages their own goal", async () => {
    const owner = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const { id: goalId } = await createGoal(owner, goalInput());
    await db.prisma.checkIn.createMany({ data: instants(CHECK_IN_PAGE_SIZE + 1).map((createdAt) => ({ goalId, authorId: owner.id, note: "private", createdAt })) });
    const first = await getGoalDetail(owner, goalId);
    const cursor = first.olderCheckIns ?? undefined;
    expect(cursor).toBeDefined();

    await expect(getGoalDetail(other, goalId, { checkInsBefore: cursor })).rejects.toBeInstanceOf(NotFoundError);
    const { id: ownGoal } = await createGoal(other, goalInput("My own goal"));
    await db.prisma.checkIn.create({ data: { goalId: ownGoal, authorId: other.id, note: "mine", createdAt: new Date(Date.UTC(2026, 0, 1)) } });
    const theirs = await getGoalDetail(other, ownGoal, { checkInsBefore: cursor });
    expect(theirs.checkIns.map((checkIn) => checkIn.note)).toEqual(["mine"]);
  });
});

describe("notifications", () => {
  it("pages 50 at a time, newest first, through ties, and each person sees only their own", async () => {
    const reader = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const total = NOTIFICATION_PAGE_SIZE * 2 + 7;
    await db.prisma.notification.createMany({ data: instants(total).map((createdAt, index) => ({ userId: reader.id, kind: "comment", title: `N${index}`, createdAt })) });
    await db.prisma.notification.createMany({ data: instants(3).map((createdAt) => ({ userId: other.id, kind: "comment", title: "not yours", createdAt })) });

    const pages = await walk((before) => listNotifications(reader, { before }));
    const all = expectPagedNewestFirst(pages, [NOTIFICATION_PAGE_SIZE, NOTIFICATION_PAGE_SIZE, 7], total, (notification) => notification.createdAt);
    expect(all.some((notification) => notification.title === "not yours")).toBe(false);

    // The other person following the reader's cursor pages through their own three, nothing more.
    const readerFirst = await listNotifications(reader);
    const borrowed = await listNotifications(other, { before: readerFirst.next ?? undefined });
    expect(borrowed.items.every((notification) => notification.title === "not yours")).toBe(true);
  });
});

describe("past reviews of a pairing", () => {
  it("pages 10 at a time, newest first, through sessions that start at the same moment", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const total = PAST_REVIEWS_PAGE_SIZE * 2 + 3;
    await db.prisma.reviewSession.createMany({
      data: instants(total, Date.UTC(2026, 0, 1)).map((startsAt, index) => ({
        pairingId: pairing.id,
        scheduledById: ada.id,
        startsAt,
        timeZone: "Europe/London",
        status: index % 3 === 0 ? ("CANCELLED" as const) : ("COMPLETED" as const),
      })),
    });
    for (const reader of [ada, grace]) {
      const pages = await walk(async (before) => {
        const reviews = await listPastReviews(reader, pairing.id, { before });
        return { items: reviews.past, next: reviews.olderBefore };
      });
      expectPagedNewestFirst(pages, [PAST_REVIEWS_PAGE_SIZE, PAST_REVIEWS_PAGE_SIZE, 3], total, (review) => review.startsAt);
    }
  });

  it("is not found for anyone outside the pairing, with or without a cursor", async () => {
    const { ada, pairing } = await reviewPair(db.prisma);
    const outsider = await createSessionUser(db.prisma);
    const cursor = { at: new Date(), id: pairing.id };
    await expect(listPastReviews(outsider, pairing.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPastReviews(outsider, pairing.id, { before: cursor })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPastReviews(ada, pairing.id, { before: cursor })).past).toEqual([]);
  });
});

describe("active goals are capped", () => {
  async function fillActiveGoals(owner: SessionUser, count: number) {
    await db.prisma.goal.createMany({
      data: Array.from({ length: count }, (_, index) => ({ ownerId: owner.id, title: `Goal ${index}`, category: "OTHER" as const, horizonYears: 1, deadline: new Date(Date.UTC(2028, 0, 1 + index)) })),
    });
  }

  it(`refuses a goal beyond ${MAX_ACTIVE_GOALS} active ones (field message on the title), and reactivating one; achieving frees a place`, async () => {
    const owner = await createSessionUser(db.prisma);
    await fillActiveGoals(owner, MAX_ACTIVE_GOALS - 1);
    const last = await createGoal(owner, goalInput("The last place"));
    const refused = await createGoal(owner, goalInput("One too many")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimitReachedError);
    expect((refused as LimitReachedError).field).toBe("title");
    expect(await db.prisma.goal.count({ where: { ownerId: owner.id, title: "One too many" } })).toBe(0);

    await achieveGoal(owner, last.id, { reflectionHard: "", reflectionEasy: "", reflectionHelpers: "", reflectionDifferently: "" });
    const { id: replacement } = await createGoal(owner, goalInput("Now there is room"));
    await expect(reactivateGoal(owner, last.id)).rejects.toBeInstanceOf(LimitReachedError);
    await db.prisma.goal.update({ where: { id: replacement }, data: { status: "DROPPED" } });
    await reactivateGoal(owner, last.id);
    expect(await db.prisma.goal.count({ where: { ownerId: owner.id, status: "ACTIVE" } })).toBe(MAX_ACTIVE_GOALS);

    // The dashboard lists exactly the active goals; achieved and dropped ones are counted.
    const dashboard = await getDashboard(owner);
    expect(Object.values(dashboard.goalsByHorizon).flat()).toHaveLength(MAX_ACTIVE_GOALS);
    expect(dashboard.counts).toEqual({ active: MAX_ACTIVE_GOALS, achieved: 0 });
  });

  it("lets only one of two goals created at once take the last place", async () => {
    const owner = await createSessionUser(db.prisma);
    await fillActiveGoals(owner, MAX_ACTIVE_GOALS - 1);
    const results = await Promise.allSettled([createGoal(owner, goalInput("A")), createGoal(owner, goalInput("B"))]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(LimitReachedError);
    expect(await db.prisma.goal.count({ where: { ownerId: owner.id, status: "ACTIVE" } })).toBe(MAX_ACTIVE_GOALS);
  });

  it("refuses an import with more active goals than the cap", async () => {
    const owner = await createSessionUser(db.prisma);
    const goal = (index: number) => ({
      id: `g${index}`,
      title: `Goal ${index}`,
      category: "OTHER",
      horizonYears: 1,
      specific: "",
      measure: "",
      baselineValue: null,
      targetValue: null,
      currentValue: null,
      measureUnit: null,
      attainable: "",
      relevant: "",
      deadline: "2028-01-01",
      visibility: "PRIVATE",
      status: "ACTIVE",
      achievedAt: null,
      reward: null,
      reflectionHard: null,
      reflectionEasy: null,
      reflectionHelpers: null,
      reflectionDifferently: null,
      createdAt: "2026-01-01T00:00:00.000Z",
      microGoals: [],
      checkIns: [],
    });
    const file = { format: "stepwise-export", version: 1, exportedAt: "2026-01-01T00:00:00.000Z", profile: { name: "A", email: "a@example.test", timeZone: "UTC" }, reflections: [], interviewAnswers: [] };
    const result = await importUserData(owner, { ...file, goals: Array.from({ length: MAX_ACTIVE_GOALS + 1 }, (_, index) => goal(index)) });
    expect(result).toMatchObject({ ok: false, reason: "invalid_file" });
    expect(result.ok ? [] : "problems" in result ? result.problems : []).toContain(`goals: at most ${MAX_ACTIVE_GOALS} goals can be active`);
    expect(await db.prisma.goal.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});

describe("comments per check-in are capped", () => {
  it(`refuses the comment after ${MAX_COMMENTS_PER_CHECK_IN} (field message on the body); cheers and the thread on both pages stay whole`, async () => {
    const { ada, grace } = await reviewPair(db.prisma);
    const goal = await sharedGoal(db.prisma, ada, "Speak at a conference");
    const checkIn = await createCheckIn(db.prisma, goal, { authorId: ada.id, note: "Submitted a talk" });
    await db.prisma.comment.createMany({
      data: instants(MAX_COMMENTS_PER_CHECK_IN - 1).map((createdAt, index) => ({ checkInId: checkIn.id, authorId: index % 2 ? ada.id : grace.id, body: `c${index}`, createdAt })),
    });
    await addComment(grace, checkIn.id, { body: "The last one" });
    const refused = await addComment(ada, checkIn.id, { body: "One too many" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimitReachedError);
    expect((refused as LimitReachedError).field).toBe("body");
    await addCheer(grace, checkIn.id);

    const ownerView = await getGoalDetail(ada, goal.id);
    expect(ownerView.checkIns[0]?.comments).toHaveLength(MAX_COMMENTS_PER_CHECK_IN + 1);
    const pairing = await db.prisma.buddyPairing.findFirstOrThrow({ where: { userAId: ada.id } });
    const buddyView = await getBuddyView(grace, pairing.id);
    expect(buddyView.sharedGoals[0]?.checkIns[0]?.comments).toHaveLength(MAX_COMMENTS_PER_CHECK_IN + 1);
  });
});

describe("saved interview answers are capped", () => {
  it(`refuses a new answer beyond ${MAX_SAVED_ANSWERS} and still replaces an existing one`, async () => {
    const owner = await createSessionUser(db.prisma);
    await db.prisma.interviewAnswer.createMany({
      data: Array.from({ length: MAX_SAVED_ANSWERS }, (_, index) => ({ userId: owner.id, kind: "LONG_TERM" as const, targetRole: `Role ${index}`, body: "Draft" })),
    });
    const input = { kind: "LONG_TERM" as const, targetRole: "Role 0", targetCompany: "", goalIds: [], body: "Rewritten" };
    await saveInterviewAnswer(owner, input);
    expect((await db.prisma.interviewAnswer.findFirstOrThrow({ where: { userId: owner.id, targetRole: "Role 0" } })).body).toBe("Rewritten");
    await expect(saveInterviewAnswer(owner, { ...input, targetRole: "A new role" })).rejects.toBeInstanceOf(LimitReachedError);
    expect(await db.prisma.interviewAnswer.count({ where: { userId: owner.id } })).toBe(MAX_SAVED_ANSWERS);
  });
});

describe("the development outbox", () => {
  it("pages by message id, newest first, to the end", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "stepwise-outbox-page-"));
    try {
      await mkdir(path.join(dataDir, "outbox"));
      const ids = Array.from({ length: 7 }, (_, index) => `20270101T0000${String(index).padStart(2, "0")}000Z-0000000${index}`);
      for (const id of ids) await writeFile(path.join(dataDir, "outbox", `${id}.eml`), `Subject: ${id}\nTo: a@example.test\n\nbody\n`);
      const seen: string[][] = [];
      let before: string | undefined;
      for (let guard = 0; guard < 10; guard += 1) {
        const page = await listOutboxPage({ dataDir, limit: 3, before });
        seen.push(page.messages.map((message) => message.id));
        if (!page.olderBefore) break;
        before = page.olderBefore;
      }
      expect(seen).toEqual([ids.slice(4).reverse(), ids.slice(1, 4).reverse(), [ids[0]]]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
