// Tells both people, once per silent episode, that their pairing has gone quiet and offers the
// choice (renew, pause, end kindly) on the pairing page. The episode is named by the moment the
// silence began, so the same silence is never told twice, and a new silence after some
// activity or a renewal is a new episode.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import { createNotification } from "@/lib/notifications/notifications";
import { enqueueDelivery } from "@/lib/reminders/ledger";
import { CHECK_IN_CADENCES } from "./rules";
import { activitiesOfRunningPairings } from "./pairing-activity";
import { pairingHealth, SILENT_CYCLES_BEFORE_CHOICE } from "./pairing-health";
import { silentEpisodeKey } from "./pairing-health-keys";
import { healthPath, PAIRING_HEALTH_KIND } from "./weekly-report-kinds";

const SHORTEST_CADENCE_DAYS = Math.min(...CHECK_IN_CADENCES.map((option) => option.days));

export async function planPairingHealthChecks(db: DbClient, now: Date): Promise<number> {
  let queued = 0;
  const client = await getDb();
  for (const activity of await activitiesOfRunningPairings(db, now, SHORTEST_CADENCE_DAYS * SILENT_CYCLES_BEFORE_CHOICE)) {
    const health = pairingHealth(activity, now);
    if (health.state !== "needs-choice") continue;
    queued += await client.$transaction(async (tx) => {
      // Like the buddy nudges: at each person's reminder hour (a later pass tells the one whose
      // hour has not come yet), only with nudges on and a confirmed address.
      const people = await tx.$queryRaw<{ id: string; email: string; dueAt: Date }[]>`
        SELECT u."id", u."email", ((${now}::timestamptz AT TIME ZONE u."timeZone")::date + make_interval(hours => u."reminderHour")) AT TIME ZONE u."timeZone" AS "dueAt"
        FROM "User" u
        WHERE u."id" IN (${activity.userAId}::uuid, ${activity.userBId}::uuid) AND u."buddyNudgesEnabled" AND u."emailVerifiedAt" IS NOT NULL`;
      let told = 0;
      for (const person of people) {
        if (person.dueAt > now) continue;
        const id = await enqueueDelivery(tx, { kind: PAIRING_HEALTH_KIND, recipientId: person.id, recipientEmail: person.email, subjectId: activity.pairingId, dueKey: silentEpisodeKey(health.silentSince), dueAt: now });
        if (!id) continue;
        told += 1;
        await createNotification(tx, { userId: person.id, kind: "pairing-health", title: "Your buddy pairing has been quiet: choose how to go on", link: healthPath(activity.pairingId) });
      }
      return told;
    });
  }
  return queued;
}
