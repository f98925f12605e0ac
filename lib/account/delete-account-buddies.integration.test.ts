// When a buddy deletes their account, the person who stays is told (in the app and by email),
// their booked review leaves their calendar (METHOD:CANCEL, same UID, higher SEQUENCE), the
// invitation they sent no longer reads "Accepted", and the buddy's shared deadlines leave
// their calendar feed.
import { describe, expect, it } from "vitest";
import { deleteAccount } from "./delete-account";
import { endPairing } from "@/lib/buddies/pairings";
import { listSentInvites } from "@/lib/buddies/invite-queries";
import { listCalendarEvents } from "@/lib/calendar/calendar-events";
import { reviewUid, goalUid } from "@/lib/calendar/event-uids";
import { scheduleReviewSession } from "@/lib/reviews/schedule-review";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { inviteOf, reviewPair, sharedGoal } from "@/test/integration/reviews";

const { db, mail } = setupAccountHarness();
const NOW = new Date("2027-01-05T10:00:00Z");

async function acceptedInvite(inviterId: string, buddy: { id: string; email: string }) {
  return db.prisma.buddyInvite.create({
    data: { inviterId, email: buddy.email, tokenHash: `hash-${buddy.id}`, expiresAt: new Date("2027-01-01T00:00:00Z"), acceptedAt: new Date("2026-12-01T00:00:00Z"), acceptedById: buddy.id },
  });
}

describe("a buddy deletes their account", () => {
  it("tells the other, cancels the review in their calendar, ends the invitation's 'Accepted', and drops the shared deadlines from the feed", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    await acceptedInvite(ada.id, grace);
    const graceGoal = await sharedGoal(db.prisma, grace, "Speak at a conference", { deadline: new Date("2027-03-01") });
    const booked = await scheduleReviewSession(ada, pairing.id, { date: "2027-03-10", time: "18:00", durationMinutes: 60 }, NOW);
    if (!booked.ok) throw new Error(booked.message);
    expect((await listSentInvites(ada, NOW)).map((invite) => invite.state)).toEqual(["accepted"]);
    expect((await listCalendarEvents(ada, NOW)).map((event) => event.uid)).toEqual(expect.arrayContaining([goalUid(graceGoal.id), reviewUid(booked.sessionId)]));

    expect(await deleteAccount(grace, { confirmEmail: grace.email }, NOW)).toEqual({ ok: true });

    expect(await db.prisma.notification.findMany({ where: { userId: ada.id, kind: "pairing-ended" }, select: { title: true, link: true } })).toEqual([{ title: "Grace deleted their account, so your buddy pairing has ended", link: "/buddies" }]);
    const ended = await mail().waitFor(ada.email, "has ended");
    expect(ended.text).toContain("Grace deleted their Stepwise account, so your buddy pairing has ended.");
    const cancel = await mail().waitFor(ada.email, "Cancelled: Goal review with Grace");
    expect(inviteOf(cancel)).toMatchObject({ method: "CANCEL", uid: reviewUid(booked.sessionId), sequence: 1, start: "2027-03-10T18:00:00.000Z" });
    expect(cancel.text).toContain("Wednesday 10 March 2027, 18:00–19:00 (Europe/London)");

    expect((await listSentInvites(ada, NOW)).map((invite) => invite.state)).toEqual(["ended"]);
    expect(await listCalendarEvents(ada, NOW)).toEqual([]);
    expect(await db.prisma.user.count({ where: { id: grace.id } })).toBe(0);
  });

  it("an ended pairing (not a deletion) also stops the invitation reading 'Accepted'", async () => {
    const { ada, grace, pairing } = await reviewPair(db.prisma);
    await acceptedInvite(ada.id, grace);
    await endPairing(grace, pairing.id, NOW);
    expect((await listSentInvites(ada, NOW)).map((invite) => invite.state)).toEqual(["ended"]);
  });

  it("with no buddy, deleting sends nothing to anyone", async () => {
    const { ada } = await reviewPair(db.prisma);
    const before = mail().messages.length;
    await db.prisma.buddyPairing.deleteMany({ where: { OR: [{ userAId: ada.id }, { userBId: ada.id }] } });
    expect(await deleteAccount(ada, { confirmEmail: ada.email }, NOW)).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mail().messages.length).toBe(before);
  });
});
