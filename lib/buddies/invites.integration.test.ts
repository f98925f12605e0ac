import { describe, expect, it } from "vitest";
import { inviteBuddy, resendInvite, revokeInvite } from "./invite-buddy";
import { acceptInvite, declineInvite } from "./answer-invite";
import { listReceivedInvites, listSentInvites, previewInvite } from "./invite-queries";
import { MAX_BUDDIES } from "./rules";
import { NotFoundError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/tokens";
import type { SessionUser } from "@/lib/auth/session-user";
import { setupAccountHarness } from "@/test/integration/account-harness";
import { createSessionUser } from "@/test/integration/session-users";
import { linkIn } from "@/test/integration/mail-capture";
import { createPairing } from "@/test/integration/factories";

const { db, mail } = setupAccountHarness();

async function invite(from: SessionUser, to: SessionUser | string, message = "Let's keep each other honest") {
  const email = typeof to === "string" ? to : to.email;
  const result = await inviteBuddy(from, { email, message });
  if (!result.ok) throw new Error(`invite refused: ${result.reason}`);
  const received = await mail().waitFor(email, "invited you to be their Stepwise buddy");
  mail().messages.splice(mail().messages.indexOf(received), 1);
  const link = linkIn(received.text, "/invites/");
  return { inviteId: result.inviteId, token: new URL(link).pathname.split("/").at(-1) as string, email: received };
}

describe("buddy invitations", () => {
  it("emails a link with the personal message; only the hash of the 256-bit token is stored", async () => {
    const ada = await createSessionUser(db.prisma, { name: "Ada" });
    const grace = await createSessionUser(db.prisma);
    const { inviteId, token, email } = await invite(ada, grace, "Quarterly reviews over coffee?");
    expect(email.subject).toBe("Ada invited you to be their Stepwise buddy");
    expect(email.text).toContain("Quarterly reviews over coffee?");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await db.prisma.buddyInvite.findUniqueOrThrow({ where: { id: inviteId } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(7 * 24 * 3600 * 1000, -4);
    expect(await previewInvite(token)).toMatchObject({ state: "pending", inviterName: "Ada", email: grace.email });
    expect((await listSentInvites(ada)).map((sent) => sent.state)).toEqual(["pending"]);
    expect((await listReceivedInvites(grace)).map((received) => received.inviterName)).toEqual(["Ada"]);
  });

  it("accepts once, for the invited address only, creating one mutual pairing", async () => {
    const ada = await createSessionUser(db.prisma);
    const grace = await createSessionUser(db.prisma);
    const mallory = await createSessionUser(db.prisma);
    const { token } = await invite(ada, grace);
    expect(await acceptInvite(mallory, { token })).toEqual({ ok: false, reason: "wrong_email" });
    const accepted = await acceptInvite(grace, { token });
    expect(accepted.ok).toBe(true);
    expect(await acceptInvite(grace, { token })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.prisma.buddyPairing.count({ where: { status: "ACTIVE", OR: [{ userAId: ada.id }, { userBId: ada.id }] } })).toBe(1);
    expect(await previewInvite(token)).toMatchObject({ state: "accepted" });
  });

  it("creates exactly one pairing when the same invitation is accepted many times at once", async () => {
    const ada = await createSessionUser(db.prisma);
    const grace = await createSessionUser(db.prisma);
    const { token } = await invite(ada, grace);
    const results = await Promise.all(Array.from({ length: 6 }, () => acceptInvite(grace, { token })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.prisma.buddyPairing.count({ where: { userAId: ada.id } })).toBe(1);
  });

  it("refuses expired, revoked and declined invitations", async () => {
    const ada = await createSessionUser(db.prisma);
    const [expiredFor, revokedFor, declinedFor] = await Promise.all([createSessionUser(db.prisma), createSessionUser(db.prisma), createSessionUser(db.prisma)]);
    const expired = await invite(ada, expiredFor);
    await db.prisma.buddyInvite.update({ where: { id: expired.inviteId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvite(expiredFor, { token: expired.token })).toEqual({ ok: false, reason: "invalid" });
    expect(await previewInvite(expired.token)).toMatchObject({ state: "expired" });

    const revoked = await invite(ada, revokedFor);
    await revokeInvite(ada, revoked.inviteId);
    expect(await acceptInvite(revokedFor, { token: revoked.token })).toEqual({ ok: false, reason: "invalid" });
    await expect(revokeInvite(ada, revoked.inviteId)).rejects.toBeInstanceOf(NotFoundError);

    const declined = await invite(ada, declinedFor);
    expect(await declineInvite(declinedFor, { token: declined.token })).toBe(true);
    expect(await acceptInvite(declinedFor, { token: declined.token })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.prisma.buddyPairing.count({ where: { userAId: ada.id } })).toBe(0);
  });

  it("resending replaces the link: the old one stops working", async () => {
    const ada = await createSessionUser(db.prisma);
    const grace = await createSessionUser(db.prisma);
    const first = await invite(ada, grace);
    expect((await resendInvite(ada, first.inviteId)).ok).toBe(true);
    const second = await mail().waitFor(grace.email, "invited you");
    const newToken = new URL(linkIn(second.text, "/invites/")).pathname.split("/").at(-1) as string;
    expect(newToken).not.toBe(first.token);
    expect(await acceptInvite(grace, { token: first.token })).toEqual({ ok: false, reason: "invalid" });
    expect((await acceptInvite(grace, { token: newToken })).ok).toBe(true);
  });

  it("explains why it will not invite yourself, an existing buddy, or beyond a full circle", async () => {
    const ada = await createSessionUser(db.prisma);
    expect(await inviteBuddy(ada, { email: ada.email, message: "" })).toEqual({ ok: false, reason: "self" });
    const buddies = [];
    for (let index = 0; index < MAX_BUDDIES; index += 1) {
      const buddy = await createSessionUser(db.prisma);
      const { token } = await invite(ada, buddy);
      expect((await acceptInvite(buddy, { token })).ok).toBe(true);
      buddies.push(buddy);
    }
    expect(await inviteBuddy(ada, { email: buddies[0]?.email as string, message: "" })).toEqual({ ok: false, reason: "already_buddy" });
    expect(await inviteBuddy(ada, { email: "fourth@example.test", message: "" })).toEqual({ ok: false, reason: "circle_full" });
  });

  it("refuses to accept when either circle is full", async () => {
    const inviter = await createSessionUser(db.prisma);
    const busy = await createSessionUser(db.prisma);
    const { token } = await invite(inviter, busy);
    for (let index = 0; index < MAX_BUDDIES; index += 1) {
      const other = await createSessionUser(db.prisma);
      await createPairing(db.prisma, other, busy);
    }
    expect(await acceptInvite(busy, { token })).toEqual({ ok: false, reason: "your_circle_full" });
  });

  it("limits invitations per day", async () => {
    const ada = await createSessionUser(db.prisma);
    const outcomes = [];
    for (let index = 0; index < 11; index += 1) outcomes.push(await inviteBuddy(ada, { email: `friend-${index}-${ada.id}@example.test`, message: "" }));
    expect(outcomes.slice(0, 10).every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes[10]).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("treats tampered tokens and ids as invalid without errors", async () => {
    const grace = await createSessionUser(db.prisma);
    expect(await acceptInvite(grace, { token: "not-a-token" })).toEqual({ ok: false, reason: "invalid" });
    expect(await acceptInvite(grace, { inviteId: "'; DROP TABLE x; --" })).toEqual({ ok: false, reason: "invalid" });
    expect(await acceptInvite(grace, { token: "A".repeat(43) })).toEqual({ ok: false, reason: "invalid" });
    expect(await previewInvite("A".repeat(43))).toBeNull();
  });
});
