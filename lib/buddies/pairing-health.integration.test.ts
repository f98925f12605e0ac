// A pairing that checks its own health, with a controllable clock, a real PostgreSQL and a real
// SMTP server: after two silent check-in periods both are told once per silent episode and see
// the choice; activity, a renewal or a pause answers it; renewing reopens the agreement.
import { describe, expect, it } from "vitest";
import { deliverDueEmails } from "@/lib/reminders/deliver-due";
import { AppErrorCode } from "@/lib/errors";
import { toDbDate } from "@/lib/time/calendar-date";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { getPairingHealth, quietPairings } from "./pairing-health-view";
import { pausePairing, renewAgreement, resumePairing } from "./pairing-choices";
import { pairingWishes, savePairingWish } from "./pairing-wishes";

const { db, mail } = setupAccountHarness();
const at = (iso: string) => new Date(iso);
const HEALTH_SUBJECT = "renew, pause or end kindly?";
const healthEmails = (address: string) =>
  mail()
    .to(address)
    .filter((email) => email.subject.includes(HEALTH_SUBJECT));

async function pair(startedAt: Date) {
  const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Europe/London" });
  const grace = await createSessionUser(db.prisma, { name: "Grace", timeZone: "America/New_York" });
  const pairing = await db.prisma.buddyPairing.create({ data: { userAId: ada.id, userBId: grace.id, startedAt, rulesAcceptedByAAt: startedAt, rulesAcceptedByBAt: startedAt, rulesAgreedAt: startedAt } });
  return { ada, grace, pairing };
}

describe("pairing health", () => {
  it("offers both the choice after two silent weeks, tells each once per silence, and starts over after a comment", async () => {
    const { ada, grace, pairing } = await pair(at("2027-02-01T10:00:00Z"));
    await deliverDueEmails({ now: at("2027-02-15T09:59:00Z") });
    expect(healthEmails(ada.email)).toEqual([]);
    expect((await getPairingHealth(ada, pairing.id, at("2027-02-15T09:59:00Z"))).state).toBe("active");

    // At each one's reminder hour: 09:00 in London is 09:00 UTC, in New York 14:00 UTC.
    await deliverDueEmails({ now: at("2027-02-15T10:00:00Z") });
    expect(healthEmails(ada.email)).toHaveLength(1);
    expect(healthEmails(grace.email)).toEqual([]);
    await deliverDueEmails({ now: at("2027-02-15T14:00:00Z") });
    await deliverDueEmails({ now: at("2027-02-16T15:00:00Z") });
    await deliverDueEmails({ now: at("2027-02-22T15:00:00Z") });
    expect(healthEmails(ada.email).map((email) => email.subject)).toEqual([`You and Grace: ${HEALTH_SUBJECT}`]);
    expect(healthEmails(grace.email).map((email) => email.subject)).toEqual([`You and Ada: ${HEALTH_SUBJECT}`]);
    const email = healthEmails(ada.email)[0];
    expect(email?.text).toContain(`http://stepwise.test/buddies/${pairing.id}#health-heading`);
    expect(email?.text).not.toMatch(/fail|blame|fault/i);
    expect(await getPairingHealth(grace, pairing.id, at("2027-02-16T10:00:00Z"))).toMatchObject({ state: "needs-choice", silentCycles: 2 });
    expect(await quietPairings(ada, at("2027-02-16T10:00:00Z"))).toEqual([expect.objectContaining({ pairingId: pairing.id, buddyName: "Grace" })]);

    // Grace comments on Ada's shared check-in: they are talking again.
    const goal = await db.prisma.goal.create({ data: { ownerId: ada.id, title: "Speak at a meetup", category: "LEADERSHIP", horizonYears: 1, deadline: toDbDate("2027-09-01"), visibility: "BUDDIES" } });
    const checkIn = await db.prisma.checkIn.create({ data: { goalId: goal.id, authorId: ada.id, note: "Drafted the talk", createdAt: at("2027-02-23T09:00:00Z") } });
    await db.prisma.comment.create({ data: { checkInId: checkIn.id, authorId: grace.id, body: "Send it over!", createdAt: at("2027-02-23T12:00:00Z") } });
    expect((await getPairingHealth(ada, pairing.id, at("2027-02-24T10:00:00Z"))).state).toBe("active");
    await deliverDueEmails({ now: at("2027-03-09T11:59:00Z") });
    expect(healthEmails(ada.email)).toHaveLength(1);
    // Two more silent weeks: a new episode, told once more.
    await deliverDueEmails({ now: at("2027-03-09T12:00:00Z") });
    await deliverDueEmails({ now: at("2027-03-10T15:00:00Z") });
    expect(healthEmails(ada.email)).toHaveLength(2);
    expect(healthEmails(grace.email)).toHaveLength(2);
  });

  it("counts silence in the agreed cadence: two fortnights for a pairing that checks in every two weeks", async () => {
    const { ada, pairing } = await pair(at("2027-02-01T10:00:00Z"));
    await db.prisma.buddyPairing.update({ where: { id: pairing.id }, data: { checkInCadence: "BIWEEKLY" } });
    await deliverDueEmails({ now: at("2027-02-20T10:00:00Z") });
    expect(healthEmails(ada.email)).toEqual([]);
    await deliverDueEmails({ now: at("2027-03-01T10:00:00Z") });
    expect(healthEmails(ada.email)).toHaveLength(1);
  });

  it("a pause silences it for both until one resumes; renewing reopens the agreement and counts afresh", async () => {
    const { ada, grace, pairing } = await pair(at("2027-02-01T10:00:00Z"));
    await pausePairing(grace, pairing.id, at("2027-02-10T10:00:00Z"));
    await expect(pausePairing(ada, pairing.id)).rejects.toMatchObject({ code: AppErrorCode.CONFLICT });
    expect(await getPairingHealth(ada, pairing.id, at("2027-04-01T10:00:00Z"))).toMatchObject({ state: "paused", pausedByMe: false });
    expect(await getPairingHealth(grace, pairing.id, at("2027-04-01T10:00:00Z"))).toMatchObject({ state: "paused", pausedByMe: true });
    await deliverDueEmails({ now: at("2027-04-01T10:00:00Z") });
    expect([...healthEmails(ada.email), ...healthEmails(grace.email)]).toEqual([]);
    expect(await quietPairings(ada, at("2027-04-01T10:00:00Z"))).toEqual([]);

    await resumePairing(ada, pairing.id, at("2027-04-02T10:00:00Z"));
    expect(await getPairingHealth(grace, pairing.id, at("2027-04-10T10:00:00Z"))).toMatchObject({ state: "active", silentCycles: 1 });
    expect(await getPairingHealth(grace, pairing.id, at("2027-04-16T10:00:00Z"))).toMatchObject({ state: "needs-choice" });

    await renewAgreement(grace, pairing.id, at("2027-04-16T11:00:00Z"));
    const renewed = await db.prisma.buddyPairing.findUniqueOrThrow({ where: { id: pairing.id } });
    expect(renewed).toMatchObject({ rulesAcceptedByAAt: null, rulesAcceptedByBAt: null, rulesAgreedAt: null, renewedAt: at("2027-04-16T11:00:00Z"), status: "ACTIVE" });
    expect(await getPairingHealth(ada, pairing.id, at("2027-04-17T10:00:00Z"))).toMatchObject({ state: "active", silentCycles: 0 });
    expect(await db.prisma.notification.findMany({ where: { userId: ada.id }, select: { kind: true }, orderBy: { createdAt: "asc" } })).toEqual([{ kind: "pairing-paused" }, { kind: "pairing-renewed" }]);
  });

  it("keeps each person's wishes, shows them to both, and refuses anyone else", async () => {
    const { ada, grace, pairing } = await pair(at("2027-02-01T10:00:00Z"));
    const stranger = await createSessionUser(db.prisma, { name: "Mallory" });
    expect(await pairingWishes(ada, pairing.id)).toEqual({ mine: null, theirs: null });
    await savePairingWish(ada, pairing.id, { rhythm: "BIWEEKLY", feedbackStyle: "CANDID", confidential: "My salary numbers" }, at("2027-02-02T10:00:00Z"));
    expect(await pairingWishes(grace, pairing.id)).toEqual({ mine: null, theirs: { rhythm: "BIWEEKLY", feedbackStyle: "CANDID", confidential: "My salary numbers", statedAt: at("2027-02-02T10:00:00Z") } });
    await expect(pairingWishes(stranger, pairing.id)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(savePairingWish(stranger, pairing.id, { rhythm: "WEEKLY", feedbackStyle: "CANDID", confidential: "" })).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(renewAgreement(stranger, pairing.id)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
    await expect(pausePairing(stranger, pairing.id)).rejects.toMatchObject({ code: AppErrorCode.NOT_FOUND });
  });
});
