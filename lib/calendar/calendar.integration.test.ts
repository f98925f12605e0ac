import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/config/env";
import { hashToken } from "@/lib/auth/tokens";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { buildCalendar } from "./build-calendar";
import { listCalendarEvents } from "./calendar-events";
import { createCalendarFeed, disableCalendarFeed, findUserByCalendarToken, hasCalendarFeed, parseFeedPathSegment } from "./feed-token";
import { buildGoalIcs, goalFileSlug } from "./goal-ics";
import { createGoal, createPairing, createReviewSession, createStep, type GoalData, type StepData } from "@/test/integration/factories";

const queries: string[] = [];
const db = setupTestDatabase({ onQuery: (sql) => queries.push(sql) });

async function goal(owner: SessionUser, title: string, data: GoalData = {}) {
  return createGoal(db.prisma, owner, { title, ...data });
}

async function step(goalId: string, title: string, data: StepData = {}) {
  return createStep(db.prisma, { id: goalId }, { title, deadline: "2027-04-15", ...data });
}

async function pair(userA: SessionUser, userB: SessionUser, status: "ACTIVE" | "ENDED" = "ACTIVE") {
  return createPairing(db.prisma, userA, userB, { status });
}

/** The feed as a calendar app would read it: event summaries by UID. */
async function feedFor(user: SessionUser, now = new Date("2026-11-20T12:00:00Z")) {
  const text = buildCalendar({ name: "Stepwise", events: await listCalendarEvents(user, now), now });
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return { text, events, byUid: new Map(events.map((event) => [event.uid, event])), summaries: events.map((event) => event.summary) };
}

describe("calendar feed contents", () => {
  it("has the actor's active goals and undone dated steps, never dropped or achieved goals, done or undated steps, or other people's goals", async () => {
    const owner = await createSessionUser(db.prisma, { name: "Grace" });
    const stranger = await createSessionUser(db.prisma);
    const active = await goal(owner, "Ship the redesign", { deadline: new Date("2027-03-31") });
    const undone = await step(active.id, "Draft the brief", { deadline: new Date("2028-02-29") });
    await step(active.id, "Already done", { doneAt: new Date() });
    await step(active.id, "No date yet", { deadline: null });
    const dropped = await goal(owner, "Dropped goal", { status: "DROPPED", droppedAt: new Date() });
    await step(dropped.id, "Step of a dropped goal");
    const achieved = await goal(owner, "Achieved goal", { status: "ACHIEVED", achievedAt: new Date() });
    await step(achieved.id, "Step of an achieved goal");
    await goal(stranger, "A stranger's shared goal", { visibility: "BUDDIES" });

    const { text, byUid, summaries } = await feedFor(owner);
    expect(summaries.sort()).toEqual(["Deadline: Ship the redesign", "Step: Draft the brief (Ship the redesign)"]);
    const goalEvent = byUid.get(`goal-${active.id}@stepwise`);
    expect(goalEvent?.startDate.isDate).toBe(true);
    expect(goalEvent?.startDate.toString()).toBe("2027-03-31");
    expect(goalEvent?.component.getFirstPropertyValue("url")).toBe(`${getEnv().APP_URL}/goals/${active.id}`);
    expect(goalEvent?.description).toContain(`${getEnv().APP_URL}/goals/${active.id}`);
    expect(byUid.get(`step-${undone.id}@stepwise`)?.startDate.toString()).toBe("2028-02-29");
    expect(text).toContain("DTSTART;VALUE=DATE:20280229");
    expect(text).toContain("DTEND;VALUE=DATE:20280301");
  });

  it("shows buddies' shared goals and steps labelled with their names, never their private goals, in either pairing position", async () => {
    const me = await createSessionUser(db.prisma, { name: "Grace" });
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const linus = await createSessionUser(db.prisma, { name: "Linus" });
    const stranger = await createSessionUser(db.prisma, { name: "Stranger" });
    await pair(ada, me); // I am userB.
    await pair(me, linus); // I am userA.
    await pair(ada, stranger); // Not mine.

    const shared = await goal(ada, "Ship the redesign", { visibility: "BUDDIES", deadline: new Date("2027-06-30") });
    const sharedStep = await step(shared.id, "Usability test");
    await step(shared.id, "Done already", { doneAt: new Date() });
    await step(shared.id, "Undated", { deadline: null });
    const secret = await goal(ada, "Secret job hunt", { visibility: "PRIVATE" });
    await step(secret.id, "Secret interview");
    await goal(ada, "Shared but achieved", { visibility: "BUDDIES", status: "ACHIEVED", achievedAt: new Date() });
    const linusGoal = await goal(linus, "Learn Rust", { visibility: "BUDDIES", deadline: new Date("2027-12-01") });
    await goal(stranger, "Stranger's shared goal", { visibility: "BUDDIES" });

    const { text, byUid, summaries } = await feedFor(me);
    expect(summaries.sort()).toEqual(["Ada's deadline: Ship the redesign", "Ada's step: Usability test (Ship the redesign)", "Linus's deadline: Learn Rust"]);
    expect(byUid.get(`goal-${shared.id}@stepwise`)?.component.getFirstPropertyValue("url")).toBe(`${getEnv().APP_URL}/buddies`);
    expect(byUid.get(`step-${sharedStep.id}@stepwise`)?.startDate.toString()).toBe("2027-04-15");
    expect(byUid.get(`goal-${linusGoal.id}@stepwise`)?.startDate.toString()).toBe("2027-12-01");
    expect(text).not.toMatch(/Secret|Stranger|achieved|Done already|Undated/);
    expect(text).not.toContain(secret.id);

    // Ada's own feed has her goals as her own, and nothing of mine (I share nothing).
    const adaFeed = await feedFor(ada);
    expect(adaFeed.summaries).toContain("Deadline: Ship the redesign");
    expect(adaFeed.summaries).toContain("Deadline: Secret job hunt");
    expect(adaFeed.summaries.some((summary) => summary.startsWith("Grace's"))).toBe(false);
  });

  it("drops a buddy's goals and the pair's review sessions once the pairing ends", async () => {
    const me = await createSessionUser(db.prisma, { name: "Grace" });
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const pairing = await pair(me, ada);
    await goal(ada, "Ship the redesign", { visibility: "BUDDIES" });
    await createReviewSession(db.prisma, pairing, ada, { startsAt: new Date("2027-01-15T18:00:00Z"), timeZone: "Europe/London" });
    expect((await feedFor(me)).summaries.sort()).toEqual(["Ada's deadline: Ship the redesign", "Stepwise review with Ada"]);

    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { status: "ENDED", endedAt: new Date() } });
    expect((await feedFor(me)).summaries).toEqual([]);
  });

  it("has the review sessions of active pairings as timed UTC events with their SEQUENCE, without cancelled ones", async () => {
    const me = await createSessionUser(db.prisma, { name: "Grace" });
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const linus = await createSessionUser(db.prisma, { name: "Linus" });
    const pairing = await pair(ada, me);
    const otherPairing = await pair(ada, linus);
    const scheduled = await createReviewSession(db.prisma, pairing, ada, { startsAt: new Date("2027-03-01T17:30:00Z"), timeZone: "America/New_York", durationMinutes: 45, sequence: 2 });
    const cancelled = await createReviewSession(db.prisma, pairing, me, { startsAt: new Date("2027-06-01T17:30:00Z"), timeZone: "Europe/London", status: "CANCELLED", sequence: 1 });
    await createReviewSession(db.prisma, otherPairing, ada, { startsAt: new Date("2027-03-02T10:00:00Z") });
    // More than a year old: history the feed no longer carries.
    await createReviewSession(db.prisma, pairing, ada, { startsAt: new Date("2025-06-01T10:00:00Z"), status: "COMPLETED" });

    const { text, events, byUid } = await feedFor(me);
    expect(events).toHaveLength(1);
    const review = byUid.get(`review-${scheduled.id}@stepwise`);
    expect(review?.summary).toBe("Stepwise review with Ada");
    expect(review?.startDate.isDate).toBe(false);
    expect(review?.startDate.toJSDate().toISOString()).toBe("2027-03-01T17:30:00.000Z");
    expect(review?.endDate.toJSDate().toISOString()).toBe("2027-03-01T18:15:00.000Z");
    expect(review?.sequence).toBe(2);
    expect(text).toContain("DTSTART:20270301T173000Z");
    expect(text).not.toContain(cancelled.id);

    // Ada sees the same session (same UID) named after me.
    const adaFeed = await feedFor(ada);
    expect(adaFeed.byUid.get(`review-${scheduled.id}@stepwise`)?.summary).toBe("Stepwise review with Grace");
  });

  it("reads a heavy feed in one query, in feed order, and bounds it", async () => {
    const me = await createSessionUser(db.prisma, { name: "Grace" });
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    await pair(me, ada);
    const goals = await db.prisma.goal.createManyAndReturn({
      data: Array.from({ length: 40 }, (_, index) => ({
        ownerId: index % 2 === 0 ? me.id : ada.id,
        title: `Goal ${index}`,
        category: "OTHER" as const,
        horizonYears: 1,
        visibility: "BUDDIES" as const,
        deadline: new Date(Date.UTC(2027, 0, 1 + index)),
      })),
      select: { id: true },
    });
    await db.prisma.microGoal.createMany({
      data: goals.flatMap((created) => Array.from({ length: 5 }, (_, index) => ({ goalId: created.id, title: `Step ${index}`, position: index, deadline: new Date(Date.UTC(2026, 11, 1 + index)) }))),
    });
    queries.length = 0;
    const events = await listCalendarEvents(me);
    expect(events).toHaveLength(40 + 200);
    expect(queries).toHaveLength(1);
    // Own goals, own steps, then the buddy's goals and steps, each by date.
    const order = events.map((event) => `${event.uid.split("-")[0]}:${event.summary.startsWith("Ada") ? "buddy" : "own"}`);
    expect([...new Set(order)]).toEqual(["goal:own", "step:own", "goal:buddy", "step:buddy"]);
    const dates = events.filter((event) => event.uid.startsWith("step-") && !event.summary.startsWith("Ada")).map((event) => (event.kind === "all-day" ? event.date : ""));
    expect(dates).toEqual([...dates].sort());

    const loner = await createSessionUser(db.prisma);
    queries.length = 0;
    expect(await listCalendarEvents(loner)).toEqual([]);
    expect(queries).toHaveLength(1);
  });
});

describe("calendar feed token", () => {
  it("resolves only the current token: rotating makes the old one resolve to nobody, disabling clears it", async () => {
    const me = await createSessionUser(db.prisma);
    expect(await hasCalendarFeed(me)).toBe(false);

    const first = await createCalendarFeed(me);
    expect(first.url).toMatch(new RegExp(`^${getEnv().APP_URL}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const firstToken = parseFeedPathSegment(first.url.split("/").pop() as string) as string;
    expect(await findUserByCalendarToken(firstToken)).toEqual({ id: me.id, name: me.name });
    expect(await hasCalendarFeed(me)).toBe(true);
    // Only the hash is stored.
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: me.id }, select: { calendarTokenHash: true } });
    expect(stored.calendarTokenHash).toBe(hashToken(firstToken));

    const second = await createCalendarFeed(me);
    const secondToken = parseFeedPathSegment(second.url.split("/").pop() as string) as string;
    expect(secondToken).not.toBe(firstToken);
    expect(await findUserByCalendarToken(firstToken)).toBeNull();
    expect(await findUserByCalendarToken(secondToken)).toEqual({ id: me.id, name: me.name });

    await disableCalendarFeed(me);
    expect(await findUserByCalendarToken(secondToken)).toBeNull();
    expect(await hasCalendarFeed(me)).toBe(false);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: me.id }, select: { calendarTokenHash: true } })).calendarTokenHash).toBeNull();
  });

  it("refuses malformed tokens and route segments without a lookup", async () => {
    queries.length = 0;
    expect(await findUserByCalendarToken("")).toBeNull();
    expect(await findUserByCalendarToken("short")).toBeNull();
    expect(await findUserByCalendarToken(`${"a".repeat(42)}=`)).toBeNull();
    expect(queries).toHaveLength(0);
    expect(await findUserByCalendarToken("a".repeat(43))).toBeNull();
    expect(parseFeedPathSegment(`${"a".repeat(43)}.ics`)).toBe("a".repeat(43));
    expect(parseFeedPathSegment("a".repeat(43))).toBeNull();
    expect(parseFeedPathSegment(`${"a".repeat(43)}.ics.ics`)).toBeNull();
    expect(parseFeedPathSegment("../etc.ics")).toBeNull();
  });
});

describe("goal .ics download", () => {
  it("has the owner's goal deadline and its undone dated steps", async () => {
    const owner = await createSessionUser(db.prisma);
    const created = await goal(owner, "Ship the Rédesign: v2!", { deadline: new Date("2027-03-31") });
    const undone = await step(created.id, "Draft", { deadline: new Date("2027-02-28") });
    await step(created.id, "Done", { doneAt: new Date() });
    await step(created.id, "Undated", { deadline: null });

    const { filename, body } = await buildGoalIcs(owner, created.id);
    expect(filename).toBe("ship-the-redesign-v2.ics");
    const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.summary])).toEqual([
      [`goal-${created.id}@stepwise`, "2027-03-31", "Deadline: Ship the Rédesign: v2!"],
      [`step-${undone.id}@stepwise`, "2027-02-28", "Step: Draft (Ship the Rédesign: v2!)"],
    ]);
  });

  it("refuses another user's goal and malformed ids with the same NotFoundError", async () => {
    const owner = await createSessionUser(db.prisma);
    const other = await createSessionUser(db.prisma);
    const created = await goal(owner, "Mine");
    await expect(buildGoalIcs(other, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildGoalIcs(owner, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildGoalIcs(owner, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("makes a filename from any title", () => {
    expect(goalFileSlug("  Ünïcödé — Career ✨ ")).toBe("unicode-career");
    expect(goalFileSlug("🎯🎯")).toBe("goal");
    expect(goalFileSlug(`"quoted"; filename=evil.exe`)).toBe("quoted-filename-evil-exe");
    expect(goalFileSlug("a ".repeat(100)).length).toBeLessThanOrEqual(60);
  });
});
