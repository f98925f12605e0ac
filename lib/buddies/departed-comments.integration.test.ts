// A buddy's words in a thread when they leave. Deleting the account erases them: a comment the
// owner answered afterwards stays as a "former buddy" placeholder (the reply keeps its context,
// on the owner's goal page and in another buddy's view), the rest and the cheers go, and the
// owner's notifications never lead to a vanished comment. Ending a pairing keeps the thread
// whole, and neither person's notifications lead to the pairing's pages, now a 404.
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { getGoalDetail } from "@/lib/goals/get-goal";
import { exportUserData } from "@/lib/data-export/export-user-data";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { reviewPair, sharedGoal } from "@/test/integration/reviews";
import { addCheer, addComment } from "./comments";
import { getBuddyView } from "./buddy-view";
import { endPairing } from "./pairings";

const { db } = setupAccountHarness();
const at = (minute: number) => new Date(Date.UTC(2027, 0, 5, 10, minute));

async function threadWithReplies() {
  const { ada, grace, pairing } = await reviewPair(db.prisma);
  const bob = await createSessionUser(db.prisma, { name: "Bob" });
  const bobPairing = await db.prisma.buddyPairing.create({ data: { userAId: ada.id, userBId: bob.id, startedAt: new Date("2026-10-01T12:00:00Z") } });
  const goal = await sharedGoal(db.prisma, ada, "Run a half marathon");
  const answered = await db.prisma.checkIn.create({ data: { goalId: goal.id, authorId: ada.id, note: "First 10 km", createdAt: at(0) } });
  const unanswered = await db.prisma.checkIn.create({ data: { goalId: goal.id, authorId: ada.id, note: "15 km", createdAt: at(1) } });
  await addComment(grace, answered.id, { body: "Great start, Ada" }, at(2));
  await addComment(ada, answered.id, { body: "Thanks Grace! Your plan helped." }, at(3));
  await addComment(grace, answered.id, { body: "One more thing nobody answered" }, at(4));
  await addCheer(grace, answered.id, at(5));
  await addComment(grace, unanswered.id, { body: "Keep going" }, at(6));
  return { ada, grace, bob, pairing, bobPairing, goal, answered, unanswered };
}

const threadOf = async (actor: Parameters<typeof getGoalDetail>[0], goalId: string, checkInId: string) => (await getGoalDetail(actor, goalId)).checkIns.find((checkIn) => checkIn.id === checkInId)?.comments.map(({ authorName, body, kind, departed }) => ({ authorName, body, kind, departed }));

describe("a buddy who commented deletes their account", () => {
  it("keeps an answered comment as a placeholder before the reply, removes the rest, and erases every word", async () => {
    const { ada, grace, bob, bobPairing, goal, answered, unanswered } = await threadWithReplies();
    expect(await threadOf(ada, goal.id, answered.id)).toHaveLength(4);

    await deleteAccount(grace, { confirmEmail: grace.email }, at(10));

    // The owner's goal page: the reply still follows what it answered.
    expect(await threadOf(ada, goal.id, answered.id)).toEqual([
      { authorName: "A former buddy", body: "", kind: "COMMENT", departed: true },
      { authorName: "Ada", body: "Thanks Grace! Your plan helped.", kind: "COMMENT", departed: false },
    ]);
    expect(await threadOf(ada, goal.id, unanswered.id)).toEqual([]);

    // Another buddy of the owner reads the same thread.
    const forBob = (await getBuddyView(bob, bobPairing.id)).sharedGoals.flatMap((shared) => shared.checkIns).find((checkIn) => checkIn.id === answered.id);
    expect(forBob?.comments.map(({ authorName, body, departed, mine }) => ({ authorName, body, departed, mine }))).toEqual([
      { authorName: "A former buddy", body: "", departed: true, mine: false },
      { authorName: "Ada", body: "Thanks Grace! Your plan helped.", departed: false, mine: false },
    ]);

    // Nothing Grace wrote is left anywhere, and no comment is hers any more.
    const bodies = (await db.prisma.comment.findMany({ select: { body: true } })).map((comment) => comment.body);
    for (const words of ["Great start, Ada", "One more thing nobody answered", "Keep going"]) expect(bodies).not.toContain(words);
    expect(await db.prisma.comment.count({ where: { authorId: grace.id } })).toBe(0);
    expect(JSON.stringify(await exportUserData(ada, at(11)))).not.toMatch(/Great start|nobody answered|Keep going/);

    // Every notification Ada got about Grace's words leads to something that exists.
    const notifications = await db.prisma.notification.findMany({ where: { userId: ada.id, kind: { in: ["comment", "cheer"] } }, select: { title: true, link: true }, orderBy: { createdAt: "asc" } });
    expect(notifications).toHaveLength(4);
    const remaining = new Set((await db.prisma.comment.findMany({ where: { checkInId: { in: [answered.id, unanswered.id] } }, select: { id: true } })).map((comment) => comment.id));
    for (const { link } of notifications) {
      const comment = /^\/goals\/[0-9a-f-]{36}#comment-([0-9a-f-]{36})$/.exec(link ?? "");
      if (comment) expect(remaining.has(comment[1]!)).toBe(true);
      else expect(link).toMatch(new RegExp(`^/goals/${goal.id}#check-in-(${answered.id}|${unanswered.id})$`));
    }
    expect(
      notifications
        .filter(({ link }) => link?.includes("#check-in-"))
        .map(({ link }) => link)
        .sort(),
    ).toEqual([`/goals/${goal.id}#check-in-${answered.id}`, `/goals/${goal.id}#check-in-${answered.id}`, `/goals/${goal.id}#check-in-${unanswered.id}`].sort());
  });

  it("a thread with nothing after the departed comment loses it entirely; the owner's own earlier words stay", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    const goal = await sharedGoal(db.prisma, ada, "Learn Spanish");
    const checkIn = await db.prisma.checkIn.create({ data: { goalId: goal.id, authorId: ada.id, note: "Lesson 1", createdAt: at(0) } });
    await addComment(ada, checkIn.id, { body: "Any tips?" }, at(1));
    await addComment(grace, checkIn.id, { body: "Podcasts!" }, at(2));
    expect(pairing.status).toBe("ACTIVE");
    await deleteAccount(grace, { confirmEmail: grace.email }, at(10));
    expect(await threadOf(ada, goal.id, checkIn.id)).toEqual([{ authorName: "Ada", body: "Any tips?", kind: "COMMENT", departed: false }]);
  });
});

describe("a pairing ends", () => {
  it("keeps the thread whole for the owner, and points both people's notifications about the pairing at the Buddies page", async () => {
    const { ada, grace, pairing, goal, answered } = await threadWithReplies();
    const graceNotice = await db.prisma.notification.findFirstOrThrow({ where: { userId: grace.id, kind: "comment" }, select: { link: true } });
    expect(graceNotice.link).toMatch(new RegExp(`^/buddies/${pairing.id}\\?checkIns=${goal.id}#comment-`));
    await db.prisma.notification.create({ data: { userId: ada.id, kind: "review-scheduled", title: "Grace scheduled your goal review", link: `/buddies/${pairing.id}/reviews/6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f` } });

    await endPairing(grace, pairing.id, at(10));

    expect((await threadOf(ada, goal.id, answered.id))?.map(({ authorName, departed }) => ({ authorName, departed }))).toEqual([
      { authorName: "Grace", departed: false },
      { authorName: "Ada", departed: false },
      { authorName: "Grace", departed: false },
      { authorName: "Grace", departed: false },
    ]);
    const links = await db.prisma.notification.findMany({ where: { userId: { in: [ada.id, grace.id] } }, select: { link: true } });
    expect(links.filter(({ link }) => link?.startsWith(`/buddies/${pairing.id}`))).toEqual([]);
    expect(await db.prisma.notification.findFirst({ where: { userId: grace.id, kind: "comment" }, select: { link: true } })).toEqual({ link: "/buddies" });
    // The owner's own goal page is still theirs: those links stay exact.
    expect((await db.prisma.notification.findMany({ where: { userId: ada.id, kind: "comment" }, select: { link: true } })).every(({ link }) => link?.startsWith(`/goals/${goal.id}#comment-`))).toBe(true);
  });
});
