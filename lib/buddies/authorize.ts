// THE authorization function for everything a buddy may do. Every buddy-facing read or write
// asks it first; anything it does not grant is "not found" (NotFoundError), so a guessed id
// reveals nothing. A buddy may:
//   - view an active pairing they are part of;
//   - view a goal the other person shares with buddies (visibility BUDDIES, not dropped);
//   - comment on / cheer a check-in of such a goal (and the goal's owner may reply).
// There is deliberately no way to edit another person's goals, steps or check-ins: those
// functions in lib/goals are scoped to the owner.
import type { DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { NotFoundError } from "@/lib/errors";
import { z } from "zod";
import { activePairingBetween, activePairingWhere } from "./active-pairings";

export type BuddyRequest = { action: "view-pairing"; pairingId: string } | { action: "view-shared-goal"; goalId: string } | { action: "comment-on-check-in"; checkInId: string };

export type PairingGrant = { pairingId: string; buddy: { id: string; name: string; email: string } };
export type GoalGrant = PairingGrant & { goalId: string; ownerId: string };
export type CheckInGrant = GoalGrant & { checkInId: string; actorIsOwner: boolean };

const Uuid = z.uuid();

export async function authorizeBuddy(db: DbClient, actor: SessionUser, request: { action: "view-pairing"; pairingId: string }): Promise<PairingGrant>;
export async function authorizeBuddy(db: DbClient, actor: SessionUser, request: { action: "view-shared-goal"; goalId: string }): Promise<GoalGrant>;
export async function authorizeBuddy(db: DbClient, actor: SessionUser, request: { action: "comment-on-check-in"; checkInId: string }): Promise<CheckInGrant>;
export async function authorizeBuddy(db: DbClient, actor: SessionUser, request: BuddyRequest): Promise<PairingGrant | GoalGrant | CheckInGrant> {
  switch (request.action) {
    case "view-pairing": {
      if (!Uuid.safeParse(request.pairingId).success) throw new NotFoundError("That buddy");
      const pairing = await db.buddyPairing.findFirst({
        where: { id: request.pairingId, ...activePairingWhere(actor.id) },
        select: { id: true, userA: { select: { id: true, name: true, email: true } }, userB: { select: { id: true, name: true, email: true } } },
      });
      if (!pairing) throw new NotFoundError("That buddy");
      return { pairingId: pairing.id, buddy: pairing.userA.id === actor.id ? pairing.userB : pairing.userA };
    }
    case "view-shared-goal": {
      if (!Uuid.safeParse(request.goalId).success) throw new NotFoundError("That goal");
      const goal = await db.goal.findFirst({
        where: { id: request.goalId, visibility: "BUDDIES", status: { not: "DROPPED" }, ownerId: { not: actor.id } },
        select: { id: true, owner: { select: { id: true, name: true, email: true } } },
      });
      if (!goal) throw new NotFoundError("That goal");
      const pairing = await activePairingBetween(db, actor.id, goal.owner.id);
      if (!pairing) throw new NotFoundError("That goal");
      return { pairingId: pairing.id, buddy: goal.owner, goalId: goal.id, ownerId: goal.owner.id };
    }
    case "comment-on-check-in": {
      if (!Uuid.safeParse(request.checkInId).success) throw new NotFoundError("That check-in");
      const checkIn = await db.checkIn.findFirst({
        where: { id: request.checkInId, goal: { visibility: "BUDDIES", status: { not: "DROPPED" } } },
        select: { id: true, goal: { select: { id: true, owner: { select: { id: true, name: true, email: true } } } } },
      });
      if (!checkIn) throw new NotFoundError("That check-in");
      const owner = checkIn.goal.owner;
      if (owner.id === actor.id) {
        // The owner replying: allowed on their own shared goal while they have any active buddy.
        const pairing = await db.buddyPairing.findFirst({
          where: activePairingWhere(actor.id),
          select: { id: true, userA: { select: { id: true, name: true, email: true } }, userB: { select: { id: true, name: true, email: true } } },
        });
        if (!pairing) throw new NotFoundError("That check-in");
        const buddy = pairing.userA.id === actor.id ? pairing.userB : pairing.userA;
        return { pairingId: pairing.id, buddy, goalId: checkIn.goal.id, ownerId: owner.id, checkInId: checkIn.id, actorIsOwner: true };
      }
      const pairing = await activePairingBetween(db, actor.id, owner.id);
      if (!pairing) throw new NotFoundError("That check-in");
      return { pairingId: pairing.id, buddy: owner, goalId: checkIn.goal.id, ownerId: owner.id, checkInId: checkIn.id, actorIsOwner: false };
    }
  }
}
