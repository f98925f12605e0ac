// Comments and cheers on check-ins of shared goals: buddies comment, owners reply. Everything
// goes through authorizeBuddy; the other side gets an in-app notification and (batched) email.
import "server-only";
import { getDb } from "@/lib/db";
import { activePairingBetweenWhere } from "./active-pairings";
import type { SessionUser } from "@/lib/auth/session-user";
import { createNotification } from "@/lib/notifications/notifications";
import { deliverSoon } from "@/lib/reminders/deliver-soon";
import { LimitReachedError } from "@/lib/errors";
import { authorizeBuddy } from "./authorize";
import { MAX_COMMENTS_PER_CHECK_IN, threadFullMessage } from "./rules";
import { queueBuddyActivityEmail } from "./activity-email";

export async function addComment(actor: SessionUser, checkInId: string, input: { body: string }, now = new Date()): Promise<void> {
  await react(actor, checkInId, "COMMENT", input.body, now);
}

export async function addCheer(actor: SessionUser, checkInId: string, now = new Date()): Promise<void> {
  await react(actor, checkInId, "CHEER", "", now);
}

async function react(actor: SessionUser, checkInId: string, kind: "COMMENT" | "CHEER", body: string, now: Date): Promise<void> {
  const db = await getDb();
  const sendNow = await db.$transaction(async (tx) => {
    const grant = await authorizeBuddy(tx, actor, { action: "comment-on-check-in", checkInId });
    // One cheer per person per check-in: a double click or a replayed POST adds nothing.
    if (kind === "CHEER" && (await tx.comment.findFirst({ where: { checkInId: grant.checkInId, authorId: actor.id, kind: "CHEER" }, select: { id: true } }))) return [];
    if (kind === "COMMENT") {
      // Lock the check-in so two comments at once cannot both take the last place in the thread.
      await tx.$queryRaw`SELECT 1 FROM "CheckIn" WHERE "id" = ${grant.checkInId}::uuid FOR UPDATE`;
      const comments = await tx.comment.count({ where: { checkInId: grant.checkInId, kind: "COMMENT" } });
      if (comments >= MAX_COMMENTS_PER_CHECK_IN) throw new LimitReachedError(threadFullMessage, "body");
    }
    const comment = await tx.comment.create({ data: { checkInId: grant.checkInId, authorId: actor.id, kind, body, createdAt: now }, select: { id: true } });
    const checkIn = await tx.checkIn.findUniqueOrThrow({ where: { id: grant.checkInId }, select: { goal: { select: { id: true, title: true } } } });

    // Who hears about it: the owner when a buddy reacts; the buddies who commented when the owner replies.
    const recipients: { id: string; email: string; pairingId: string; link: string }[] = [];
    if (!grant.actorIsOwner) {
      const owner = await tx.user.findUniqueOrThrow({ where: { id: grant.ownerId }, select: { id: true, email: true } });
      recipients.push({ ...owner, pairingId: grant.pairingId, link: `/goals/${checkIn.goal.id}#comment-${comment.id}` });
    } else {
      const commenters = await tx.comment.findMany({
        where: { checkInId: grant.checkInId, authorId: { not: actor.id } },
        distinct: ["authorId"],
        select: { author: { select: { id: true, email: true } } },
        take: 3,
      });
      for (const { author } of commenters) {
        if (!author) continue;
        const pairing = await tx.buddyPairing.findFirst({
          where: activePairingBetweenWhere(actor.id, author.id),
          select: { id: true },
        });
        // Every loaded check-in of the goal is shown (?checkIns=), so the anchor is on the page.
        if (pairing) recipients.push({ ...author, pairingId: pairing.id, link: `/buddies/${pairing.id}?checkIns=${checkIn.goal.id}#comment-${comment.id}` });
      }
    }

    const immediate: string[] = [];
    for (const recipient of recipients) {
      const verb = kind === "CHEER" ? "cheered on" : grant.actorIsOwner ? "replied on" : "commented on";
      await createNotification(tx, { userId: recipient.id, kind: kind === "CHEER" ? "cheer" : "comment", title: `${actor.name} ${verb} “${checkIn.goal.title}”`, link: recipient.link });
      const id = await queueBuddyActivityEmail(tx, { recipient, pairingId: recipient.pairingId, now });
      if (id) immediate.push(id);
    }
    return immediate;
  });
  for (const id of sendNow) await deliverSoon(id, now);
}
