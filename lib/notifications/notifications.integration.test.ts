// Notifications lead to the exact item and are read once opened; nobody opens someone else's.
import { describe, expect, it } from "vitest";
import { addCheer, addComment } from "@/lib/buddies/comments";
import { countUnread, openNotification } from "./notifications";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { createCheckIn, createGoal, createPairing } from "@/test/integration/factories";

const { db } = setupAccountHarness();

async function pairWithCheckIn() {
  const ada = await createSessionUser(db.prisma, { name: "Ada" });
  const grace = await createSessionUser(db.prisma, { name: "Grace" });
  await db.prisma.user.updateMany({ where: { id: { in: [ada.id, grace.id] } }, data: { buddyActivityEmailsEnabled: false } });
  const pairing = await createPairing(db.prisma, ada, grace);
  const goal = await createGoal(db.prisma, ada, { title: "Talk", category: "IMPACT", visibility: "BUDDIES" });
  const checkIn = await createCheckIn(db.prisma, goal, { authorId: ada.id, note: "Submitted" });
  return { ada, grace, pairing, goal, checkIn };
}

describe("notification deep links", () => {
  it("a comment and a cheer point at their own entry; a reply points the buddy at it on their page", async () => {
    const { ada, grace, pairing, goal, checkIn } = await pairWithCheckIn();
    await addComment(grace, checkIn.id, { body: "Proud of you" });
    await addCheer(grace, checkIn.id);
    await addComment(ada, checkIn.id, { body: "Thanks!" });
    const comments = await db.prisma.comment.findMany({ where: { checkInId: checkIn.id }, orderBy: { createdAt: "asc" }, select: { id: true, authorId: true, kind: true } });
    const [graceComment, graceCheer, adaReply] = comments;
    const forAda = await db.prisma.notification.findMany({ where: { userId: ada.id }, orderBy: { createdAt: "asc" }, select: { kind: true, link: true } });
    expect(forAda).toEqual([
      { kind: "comment", link: `/goals/${goal.id}#comment-${graceComment?.id}` },
      { kind: "cheer", link: `/goals/${goal.id}#comment-${graceCheer?.id}` },
    ]);
    const forGrace = await db.prisma.notification.findMany({ where: { userId: grace.id }, select: { kind: true, link: true } });
    expect(forGrace).toEqual([{ kind: "comment", link: `/buddies/${pairing.id}?checkIns=${goal.id}#comment-${adaReply?.id}` }]);
  });

  it("opening marks it read (once) and answers its link; someone else's, or a guessed id, is nothing", async () => {
    const { ada, grace, goal, checkIn } = await pairWithCheckIn();
    await addComment(grace, checkIn.id, { body: "One" });
    await addComment(grace, checkIn.id, { body: "Two" });
    expect(await countUnread(ada)).toBe(2);
    const [first] = await db.prisma.notification.findMany({ where: { userId: ada.id }, orderBy: { createdAt: "asc" } });
    if (!first) throw new Error("expected a notification");

    expect(await openNotification(grace, first.id)).toBeNull();
    expect(await openNotification(grace, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await openNotification(grace, "'; DROP TABLE x; --")).toBeNull();
    expect(await countUnread(ada)).toBe(2);

    const openedAt = new Date("2026-12-03T12:00:00Z");
    expect(await openNotification(ada, first.id, openedAt)).toEqual({ link: expect.stringMatching(new RegExp(`^/goals/${goal.id}#comment-`)) });
    expect(await countUnread(ada)).toBe(1);
    await openNotification(ada, first.id, new Date("2026-12-04T12:00:00Z"));
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).toEqual(openedAt);
  });

  it("never answers a link off the site", async () => {
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const hostile = await db.prisma.notification.create({ data: { userId: ada.id, kind: "x", title: "x", link: "//evil.example/path" } });
    expect(await openNotification(ada, hostile.id)).toEqual({ link: "/notifications" });
  });
});
