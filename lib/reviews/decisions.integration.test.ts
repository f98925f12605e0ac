// A review session from agenda to close: the agenda built from both people's shared goals,
// decisions applied to goals (and changed again), two people saving at once, shared notes,
// closing with summaries and the next session, and the history on the pairing and the goal.
import { expectBooked } from "@/test/integration/reviews";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { inviteOf, reviewPair, sharedGoal } from "@/test/integration/reviews";
import { scheduleReviewSession } from "./schedule-review";
import { getReviewAgenda } from "./agenda";
import { saveReviewDecision } from "./save-decision";
import { saveReviewNotes } from "./save-notes";
import { getReviewState } from "./review-state";
import { closeReviewSession } from "./close-review";
import { listGoalReviewDecisions, listPastReviews } from "./history";
import { ReviewDecisionSchema } from "./schemas";
import { closedReviewNotice } from "./closed-review-notice";
import { createCheckIn } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();
const NOW = new Date("2027-01-04T10:00:00Z");
const DURING = new Date("2027-01-10T18:05:00Z");

async function scenario(options: { adaZone?: string; date?: string } = {}) {
  const { ada, grace, pairing } = await reviewPair(db.prisma, { adaZone: options.adaZone });
  const booked = await expectBooked(scheduleReviewSession(ada, pairing.id, { date: options.date ?? "2027-01-10", time: "18:00", durationMinutes: 60 }, NOW));
  return { ada, grace, pairing, sessionId: booked.sessionId, startsAt: booked.startsAt };
}

const decide = (goalId: string, decision: "KEEP" | "ADJUST" | "DROP" | "ACHIEVED", extra: { newDeadline?: string; newTargetValue?: string; note?: string; expectedVersion?: number } = {}) =>
  ReviewDecisionSchema.parse({ goalId, decision, newDeadline: extra.newDeadline ?? "", newTargetValue: extra.newTargetValue ?? "", note: extra.note ?? "", expectedVersion: String(extra.expectedVersion ?? 0) });

async function goalState(id: string) {
  const goal = await db.prisma.goal.findUniqueOrThrow({ where: { id } });
  return { status: goal.status, deadline: goal.deadline.toISOString().slice(0, 10), targetValue: goal.targetValue?.toNumber() ?? null, achievedAt: goal.achievedAt, droppedAt: goal.droppedAt };
}

describe("the agenda", () => {
  it("lists both people's shared goals with progress since the last review, achievements, overdue and next-quarter deadlines, never private goals", async () => {
    const { ada, grace, sessionId } = await scenario();
    // Since the pairing started (1 Oct 2026): Ada's measured goal went from 20 to 60 of 100.
    const measured = await sharedGoal(db.prisma, ada, "Ship 100 components", { targetValue: 100, currentValue: 60, baselineValue: 0, deadline: new Date("2027-03-15") });
    await createCheckIn(db.prisma, measured, { authorId: ada.id, note: "Twenty", progressValue: 20, createdAt: new Date("2026-09-15T12:00:00Z") });
    await createCheckIn(db.prisma, measured, { authorId: ada.id, note: "Forty", progressValue: 40, createdAt: new Date("2026-11-01T12:00:00Z") });
    await createCheckIn(db.prisma, measured, { authorId: ada.id, note: "Sixty", progressValue: 60, createdAt: new Date("2026-12-01T12:00:00Z") });
    await sharedGoal(db.prisma, grace, "Give a talk", { deadline: new Date("2026-12-31") });
    const stepped = await sharedGoal(db.prisma, grace, "Learn Rust", { deadline: new Date("2028-01-31") });
    await db.prisma.microGoal.createMany({
      data: [
        { goalId: stepped.id, title: "Book", position: 0, createdAt: new Date("2026-09-01T12:00:00Z"), doneAt: new Date("2026-09-20T12:00:00Z") },
        { goalId: stepped.id, title: "Course", position: 1, createdAt: new Date("2026-09-01T12:00:00Z"), doneAt: new Date("2026-12-20T12:00:00Z") },
        { goalId: stepped.id, title: "Project", position: 2, createdAt: new Date("2026-09-01T12:00:00Z") },
        { goalId: stepped.id, title: "Talk", position: 3, createdAt: new Date("2026-12-01T12:00:00Z") },
      ],
    });
    await sharedGoal(db.prisma, grace, "Won the award", { status: "ACHIEVED", achievedAt: new Date("2026-12-01T12:00:00Z") });
    await sharedGoal(db.prisma, grace, "Old dropped goal", { status: "DROPPED", droppedAt: new Date("2026-06-01T12:00:00Z") });
    await sharedGoal(db.prisma, ada, "Secret plan", { visibility: "PRIVATE" });
    await sharedGoal(db.prisma, grace, "Grace's secret", { visibility: "PRIVATE" });

    const agenda = await getReviewAgenda(grace, sessionId, DURING);
    expect(agenda.people.map((person) => [person.name, person.isMe, person.goals.map((goal) => goal.title)])).toEqual([
      ["Grace", true, ["Give a talk", "Won the award", "Learn Rust"]],
      ["Ada", false, ["Ship 100 components"]],
    ]);
    expect(JSON.stringify(agenda)).not.toMatch(/secret/i);
    const [talk, award, rust] = agenda.people[0]?.goals ?? [];
    const ship = agenda.people[1]?.goals[0];
    expect(ship).toMatchObject({
      progressNow: { percent: 60, basis: "measure" },
      progressAtLastReview: { percent: 20, basis: "measure" },
      checkInsSince: 2,
      latestCheckIn: { note: "Sixty" },
      overdue: false,
      dueNextQuarter: true,
      decision: null,
      allowed: ["KEEP", "ADJUST", "DROP", "ACHIEVED"],
    });
    expect(talk).toMatchObject({ overdue: true, dueNextQuarter: false, checkInsSince: 0, latestCheckIn: null });
    expect(rust).toMatchObject({ progressNow: { percent: 50, done: 2, total: 4 }, progressAtLastReview: { percent: 33, done: 1, total: 3 }, dueNextQuarter: false });
    expect(award).toMatchObject({ achievedSinceLastReview: true, overdue: false, allowed: ["KEEP"] });
    expect(agenda.buddy).toMatchObject({ name: "Ada", timeZone: "Europe/London" });
  });
});

describe("decisions", () => {
  it("applies an adjustment to the goal in the same save, and undoes it when the decision changes", async () => {
    const { ada, grace, sessionId } = await scenario();
    const goal = await sharedGoal(db.prisma, ada, "Ship 100 components", { targetValue: 100 });

    const adjusted = await saveReviewDecision(grace, sessionId, decide(goal.id, "ADJUST", { newDeadline: "2027-12-31", newTargetValue: "80", note: "Scope is bigger than we thought" }), DURING);
    expect(adjusted).toMatchObject({ ok: true, decision: { decision: "ADJUST", version: 1, previousDeadline: "2027-06-30", previousTargetValue: 100, updatedBy: { name: "Grace", isMe: true } } });
    expect(await goalState(goal.id)).toMatchObject({ status: "ACTIVE", deadline: "2027-12-31", targetValue: 80 });

    const dropped = await saveReviewDecision(ada, sessionId, decide(goal.id, "DROP", { expectedVersion: 1 }), DURING);
    expect(dropped).toMatchObject({ ok: true, decision: { decision: "DROP", version: 2, previousDeadline: "2027-06-30" }, goal: { status: "DROPPED", deadline: "2027-06-30", targetValue: 100 } });
    expect(await goalState(goal.id)).toMatchObject({ status: "DROPPED", deadline: "2027-06-30", targetValue: 100, droppedAt: DURING });

    await saveReviewDecision(ada, sessionId, decide(goal.id, "ACHIEVED", { expectedVersion: 2 }), DURING);
    expect(await goalState(goal.id)).toMatchObject({ status: "ACHIEVED", achievedAt: DURING, droppedAt: null });

    await saveReviewDecision(grace, sessionId, decide(goal.id, "KEEP", { expectedVersion: 3, note: "Not yet" }), DURING);
    expect(await goalState(goal.id)).toMatchObject({ status: "ACTIVE", deadline: "2027-06-30", targetValue: 100, achievedAt: null, droppedAt: null });

    await saveReviewDecision(grace, sessionId, decide(goal.id, "ADJUST", { newDeadline: "2027-09-30", expectedVersion: 4 }), DURING);
    expect(await goalState(goal.id)).toMatchObject({ deadline: "2027-09-30", targetValue: 100 });
    // The owner edits the deadline again herself; changing the decision leaves her edit alone.
    await db.prisma.goal.update({ where: { id: goal.id }, data: { deadline: new Date("2027-10-31") } });
    await saveReviewDecision(grace, sessionId, decide(goal.id, "KEEP", { expectedVersion: 5 }), DURING);
    expect(await goalState(goal.id)).toMatchObject({ deadline: "2027-10-31" });
  });

  it("validates: an adjustment needs a new deadline or target; an achieved goal can only be kept", async () => {
    const { ada, grace, sessionId } = await scenario();
    const invalid = ReviewDecisionSchema.safeParse({ goalId: crypto.randomUUID(), decision: "ADJUST", newDeadline: "", newTargetValue: "", note: "", expectedVersion: "0" });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["newDeadline", "To adjust, give a new deadline, a new target, or both."]]);
    expect(ReviewDecisionSchema.safeParse({ goalId: crypto.randomUUID(), decision: "ADJUST", newDeadline: "2027-02-30", newTargetValue: "", note: "", expectedVersion: "0" }).success).toBe(false);
    // A new deadline given with "keep" is ignored, not applied.
    expect(ReviewDecisionSchema.parse({ goalId: crypto.randomUUID(), decision: "KEEP", newDeadline: "2027-12-31", newTargetValue: "5", note: "", expectedVersion: "0" })).toMatchObject({ newDeadline: null, newTargetValue: null });

    const achieved = await sharedGoal(db.prisma, grace, "Won the award", { status: "ACHIEVED", achievedAt: new Date("2026-12-01T12:00:00Z") });
    expect(await saveReviewDecision(ada, sessionId, decide(achieved.id, "DROP"), DURING)).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { decision: ["This goal is already achieved: keep it as it is."] } });
    expect(await saveReviewDecision(ada, sessionId, decide(achieved.id, "KEEP", { note: "Celebrated!" }), DURING)).toMatchObject({ ok: true });
    expect(await goalState(achieved.id)).toMatchObject({ status: "ACHIEVED" });
  });

  it("refuses private goals, goals of other people and goals long finished, and changes nothing", async () => {
    const { ada, grace, sessionId } = await scenario();
    const stranger = await reviewPair(db.prisma);
    const goals = [
      await sharedGoal(db.prisma, ada, "Ada's private goal", { visibility: "PRIVATE" }),
      await sharedGoal(db.prisma, grace, "Grace's private goal", { visibility: "PRIVATE" }),
      await sharedGoal(db.prisma, stranger.ada, "Someone else's shared goal"),
      await sharedGoal(db.prisma, grace, "Dropped before we paired", { status: "DROPPED", droppedAt: new Date("2026-01-01T12:00:00Z") }),
    ];
    const before = await db.prisma.goal.findMany({ orderBy: { id: "asc" } });
    for (const goal of goals) {
      await expect(saveReviewDecision(grace, sessionId, decide(goal.id, "DROP"), DURING)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.prisma.goal.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.prisma.reviewDecision.count({ where: { sessionId } })).toBe(0);
  });

  it("two saves based on the same version: exactly one wins, the other gets the winner's decision back and overwrites nothing", async () => {
    const { ada, grace, sessionId } = await scenario();
    const goal = await sharedGoal(db.prisma, ada, "Lead the guild");
    for (let round = 0; round < 5; round += 1) {
      const state = await getReviewState(ada, sessionId);
      const version = state.decisions.find((decision) => decision.goalId === goal.id)?.version ?? 0;
      const results = await Promise.all([
        saveReviewDecision(ada, sessionId, decide(goal.id, "ADJUST", { newDeadline: `2028-0${round + 1}-15`, note: `Ada ${round}`, expectedVersion: version }), DURING),
        saveReviewDecision(grace, sessionId, decide(goal.id, "KEEP", { note: `Grace ${round}`, expectedVersion: version }), DURING),
      ]);
      const winners = results.filter((result) => result.ok);
      const losers = results.filter((result) => !result.ok);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const winner = winners[0];
      const loser = losers[0];
      if (!winner?.ok || loser?.ok || loser?.reason !== "conflict") throw new Error("expected a winner and a conflict");
      expect(winner.decision.version).toBe(version + 1);
      // The loser sees exactly what the winner saved (and who saved it).
      expect(loser.current).toMatchObject({ decision: winner.decision.decision, note: winner.decision.note, version: version + 1, newDeadline: winner.decision.newDeadline });
      expect(loser.current?.updatedBy?.isMe).toBe(false);
      const stored = await db.prisma.reviewDecision.findUniqueOrThrow({ where: { sessionId_goalId: { sessionId, goalId: goal.id } } });
      expect(stored).toMatchObject({ version: version + 1, note: winner.decision.note });
      // The goal matches the winning decision.
      expect((await goalState(goal.id)).deadline).toBe(winner.decision.decision === "ADJUST" ? winner.decision.newDeadline : "2027-06-30");
    }
  });

  it("keeps the shared notes the same way, and the polling snapshot shows both", async () => {
    const { ada, grace, sessionId } = await scenario();
    expect(await saveReviewNotes(ada, sessionId, { notes: "Ada: talk about the guild", expectedVersion: 0 })).toEqual({ ok: true, notes: "Ada: talk about the guild", notesVersion: 1 });
    expect(await saveReviewNotes(grace, sessionId, { notes: "Grace: budget", expectedVersion: 0 })).toEqual({ ok: false, reason: "conflict", notes: "Ada: talk about the guild", notesVersion: 1 });
    expect(await saveReviewNotes(grace, sessionId, { notes: "Ada: talk about the guild\nGrace: budget", expectedVersion: 1 })).toMatchObject({ ok: true, notesVersion: 2 });
    const goal = await sharedGoal(db.prisma, grace, "Speak at a meetup");
    await saveReviewDecision(ada, sessionId, decide(goal.id, "ADJUST", { newDeadline: "2027-08-31" }), DURING);
    const state = await getReviewState(grace, sessionId);
    expect(state).toMatchObject({
      status: "SCHEDULED",
      notes: "Ada: talk about the guild\nGrace: budget",
      notesVersion: 2,
      decisions: [{ goalId: goal.id, decision: "ADJUST", newDeadline: "2027-08-31", version: 1, updatedBy: { name: "Ada", isMe: false } }],
      goals: [{ id: goal.id, status: "ACTIVE", deadline: "2027-08-31" }],
    });
    // Small enough to poll every few seconds, and plain JSON.
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe("closing a review", () => {
  it("completes it, emails both a summary, books the next one at the same local time three months on, and keeps the history", async () => {
    const { ada, grace, pairing, sessionId } = await scenario();
    const goal = await sharedGoal(db.prisma, ada, "Ship the redesign");
    await saveReviewDecision(grace, sessionId, decide(goal.id, "ADJUST", { newDeadline: "2027-12-31", note: "Hiring freeze" }), DURING);
    await saveReviewNotes(ada, sessionId, { notes: "Good quarter.", expectedVersion: 0 });

    const closed = await closeReviewSession(grace, sessionId, new Date("2027-01-10T19:00:00Z"));
    if (!closed.ok) throw new Error("not closed");
    // 10 Jan 2027 18:00 London (GMT) → 10 Apr 2027 18:00 London (BST) = 17:00Z.
    expect(closed.nextStartsAt.toISOString()).toBe("2027-04-10T17:00:00.000Z");
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status: "COMPLETED", completedById: grace.id, completedAt: new Date("2027-01-10T19:00:00Z") });
    expect(await db.prisma.reviewSession.findUniqueOrThrow({ where: { id: closed.nextSessionId } })).toMatchObject({ status: "SCHEDULED", sequence: 0, timeZone: "Europe/London", durationMinutes: 60 });

    for (const person of [ada, grace]) {
      const summary = await mail().waitFor(person.email, "Summary of your goal review");
      expect(summary.text).toContain("“Ship the redesign”: adjusted: deadline 30 Jun 2027 → 31 Dec 2027 (Hiring freeze)");
      expect(summary.text).toContain("Good quarter.");
      const next = mail()
        .to(person.email)
        .filter((message) => message.subject.startsWith("Goal review with") && message.attachments.some((attachment) => attachment.content.includes(closed.nextSessionId)));
      expect(next).toHaveLength(1);
      expect(inviteOf(next[0] as (typeof next)[number])).toMatchObject({ method: "REQUEST", sequence: 0, start: "2027-04-10T17:00:00.000Z" });
    }
    expect((await mail().waitFor(grace.email, "Summary of your goal review")).text).toContain("Your next review: Saturday 10 April 2027, 13:00–14:00 (America/New_York)");

    // Read-only now.
    expect(await saveReviewDecision(ada, sessionId, decide(goal.id, "KEEP", { expectedVersion: 1 }), DURING)).toEqual({ ok: false, reason: "closed" });
    expect(await saveReviewNotes(ada, sessionId, { notes: "late", expectedVersion: 1 })).toEqual({ ok: false, reason: "closed" });
    expect(await closeReviewSession(ada, sessionId)).toEqual({ ok: false, reason: "not-scheduled" });

    const history = await listPastReviews(ada, pairing.id);
    expect(history.next).toMatchObject({ id: closed.nextSessionId });
    expect(history.past).toMatchObject([{ id: sessionId, status: "COMPLETED", notes: "Good quarter.", decisions: [{ goalTitle: "Ship the redesign", ownerIsMe: true, decision: "ADJUST", newDeadline: "2027-12-31", previousDeadline: "2027-06-30" }] }]);
    expect(await listGoalReviewDecisions(ada, goal.id)).toMatchObject([{ sessionId, decision: "ADJUST", newDeadline: "2027-12-31", note: "Hiring freeze", buddyName: "Grace", updatedBy: { name: "Grace", isMe: false } }]);
    await expect(listGoalReviewDecisions(grace, goal.id)).rejects.toBeInstanceOf(NotFoundError);

    // The next review's agenda counts "since the last review" from this one.
    const nextAgenda = await getReviewAgenda(ada, closed.nextSessionId, new Date("2027-04-10T17:05:00Z"));
    expect(nextAgenda.since).toEqual(new Date("2027-01-10T19:00:00Z"));
  });

  it("keeps 18:00 in New York across the March DST change", async () => {
    const { ada, sessionId } = await scenario({ adaZone: "America/New_York", date: "2027-02-10" });
    const closed = await closeReviewSession(ada, sessionId, new Date("2027-02-11T00:00:00Z"));
    if (!closed.ok) throw new Error("not closed");
    // 18:00 EST = 23:00Z in February; 18:00 EDT = 22:00Z in May.
    expect(closed.nextStartsAt.toISOString()).toBe("2027-05-10T22:00:00.000Z");
  });

  it("tells each buddy who closed the review by id, even when both have the same display name", async () => {
    const { ada, grace: graceAsAda, sessionId } = await scenario();
    await db.prisma.user.update({ where: { id: graceAsAda.id }, data: { name: "Ada" } });
    const secondAda = { ...graceAsAda, name: "Ada" };
    const closed = await closeReviewSession(ada, sessionId, new Date("2027-01-10T19:00:00Z"));
    if (!closed.ok) throw new Error("not closed");
    const closerView = await getReviewAgenda(ada, sessionId, new Date("2027-01-10T19:05:00Z"));
    const otherView = await getReviewAgenda(secondAda, sessionId, new Date("2027-01-10T19:05:00Z"));
    expect(otherView.session).toMatchObject({ completedById: ada.id, completedByName: "Ada" });
    expect(closedReviewNotice(closerView.session, ada.id)).toBe("This review is closed (by you). Here is what you decided.");
    expect(closedReviewNotice(otherView.session, secondAda.id)).toBe("This review is closed (by Ada). Here is what you decided.");
  });

  it("uses the pairing's cadence", async () => {
    const { ada, pairing, sessionId } = await scenario();
    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { reviewCadenceMonths: 6 } });
    const closed = await closeReviewSession(ada, sessionId, new Date("2027-01-10T19:00:00Z"));
    expect(closed).toMatchObject({ ok: true, nextStartsAt: new Date("2027-07-10T17:00:00Z") });
  });
});
