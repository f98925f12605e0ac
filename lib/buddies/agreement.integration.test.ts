// "Our agreement" as a state machine: one proposes, the other accepts or proposes a change; a
// change reopens agreement and notifies once; saving the same rules notifies nobody.
import { describe, expect, it } from "vitest";
import { acceptPairingRules, listPairings, rulesVersion, StaleRulesError, updatePairingRules } from "./pairings";
import { NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createPairing } from "@/test/integration/factories";

const db = setupTestDatabase();
const rules = { checkInCadence: "BIWEEKLY" as const, reminderLeadDays: 5, reviewCadenceMonths: 3 as const, reviewSchedule: "first Tuesday evening" };

async function pair() {
  const ada = await createSessionUser(db.prisma, { name: "Ada", timeZone: "Europe/London" });
  const grace = await createSessionUser(db.prisma, { name: "Grace", timeZone: "America/New_York" });
  const pairing = await createPairing(db.prisma, ada, grace);
  return { ada, grace, pairing };
}

const acceptance = async (user: Awaited<ReturnType<typeof createSessionUser>>) => (await listPairings(user))[0]?.acceptance;
const notifications = (userId: string) => db.prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, title: true } });

describe("the agreement", () => {
  it("starts pending for both; one proposes, the other accepts, and both see who agreed when", async () => {
    const { ada, grace, pairing } = await pair();
    expect(await acceptance(ada)).toEqual({ youAcceptedAt: null, buddyAcceptedAt: null, agreed: false });

    const proposedAt = new Date("2026-12-03T10:00:00Z");
    expect(await updatePairingRules(ada, pairing.id, rules, proposedAt)).toBe("proposed");
    expect(await acceptance(ada)).toEqual({ youAcceptedAt: proposedAt, buddyAcceptedAt: null, agreed: false });
    expect(await acceptance(grace)).toEqual({ youAcceptedAt: null, buddyAcceptedAt: proposedAt, agreed: false });
    expect(await notifications(grace.id)).toEqual([{ kind: "rules-changed", title: "Ada proposed a change to your buddy agreement" }]);

    const [forGrace] = await listPairings(grace);
    const acceptedAt = new Date("2026-12-04T15:00:00Z");
    expect(await acceptPairingRules(grace, pairing.id, rulesVersion(forGrace?.rulesUpdatedAt ?? null), acceptedAt)).toBe("agreed");
    expect(await acceptance(ada)).toEqual({ youAcceptedAt: proposedAt, buddyAcceptedAt: acceptedAt, agreed: true });
    expect(await notifications(ada.id)).toEqual([{ kind: "rules-accepted", title: "Grace accepted: your buddy agreement is agreed by you both" }]);
    expect((await db.prisma.buddyPairing.findUniqueOrThrow({ where: { id: pairing.id } })).rulesAgreedAt).toEqual(acceptedAt);

    // Accepting again changes nothing and tells nobody.
    expect(await acceptPairingRules(grace, pairing.id, rulesVersion(forGrace?.rulesUpdatedAt ?? null))).toBe("already-accepted");
    expect(await notifications(ada.id)).toHaveLength(1);
  });

  it("the starting rules need both to accept", async () => {
    const { ada, grace, pairing } = await pair();
    expect(await acceptPairingRules(ada, pairing.id, "initial")).toBe("accepted");
    expect((await acceptance(grace))?.agreed).toBe(false);
    expect(await acceptPairingRules(grace, pairing.id, "initial")).toBe("agreed");
    expect((await acceptance(ada))?.agreed).toBe(true);
  });

  it("saving the same rules notifies no one and keeps the agreement; a change reopens it and notifies once", async () => {
    const { ada, grace, pairing } = await pair();
    await updatePairingRules(ada, pairing.id, rules, new Date("2026-12-03T10:00:00Z"));
    const [forGrace] = await listPairings(grace);
    await acceptPairingRules(grace, pairing.id, rulesVersion(forGrace?.rulesUpdatedAt ?? null));
    const before = { ada: (await notifications(ada.id)).length, grace: (await notifications(grace.id)).length };

    expect(await updatePairingRules(grace, pairing.id, { ...rules })).toBe("unchanged");
    expect(await updatePairingRules(ada, pairing.id, { ...rules })).toBe("unchanged");
    expect({ ada: (await notifications(ada.id)).length, grace: (await notifications(grace.id)).length }).toEqual(before);
    expect((await acceptance(ada))?.agreed).toBe(true);

    // Grace proposes a change instead: Ada's acceptance is reopened, Ada is told once.
    const changedAt = new Date("2026-12-05T09:00:00Z");
    expect(await updatePairingRules(grace, pairing.id, { ...rules, reminderLeadDays: 2 }, changedAt)).toBe("proposed");
    expect(await acceptance(ada)).toEqual({ youAcceptedAt: null, buddyAcceptedAt: changedAt, agreed: false });
    expect((await notifications(ada.id)).length).toBe(before.ada + 1);
    expect((await listPairings(ada))[0]?.agreement).toContain("2 days before a shared deadline");
  });

  it("refuses to accept rules that changed since they were read", async () => {
    const { ada, grace, pairing } = await pair();
    await updatePairingRules(ada, pairing.id, rules, new Date("2026-12-03T10:00:00Z"));
    const [readByGrace] = await listPairings(grace);
    await updatePairingRules(ada, pairing.id, { ...rules, checkInCadence: "MONTHLY" }, new Date("2026-12-03T11:00:00Z"));
    await expect(acceptPairingRules(grace, pairing.id, rulesVersion(readByGrace?.rulesUpdatedAt ?? null))).rejects.toBeInstanceOf(StaleRulesError);
    expect((await acceptance(grace))?.youAcceptedAt).toBeNull();
  });

  it("nobody outside the pairing proposes or accepts (guessed ids are not found)", async () => {
    const { pairing } = await pair();
    const mallory = await createSessionUser(db.prisma, { name: "Mallory" });
    await expect(updatePairingRules(mallory, pairing.id, rules)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptPairingRules(mallory, pairing.id, "initial")).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptPairingRules(mallory, "not-a-uuid", "initial")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.prisma.buddyPairing.findUniqueOrThrow({ where: { id: pairing.id }, select: { rulesAcceptedByAAt: true, rulesAcceptedByBAt: true } })).toEqual({ rulesAcceptedByAAt: null, rulesAcceptedByBAt: null });
  });
});
