// What a pairing's health is computed from (pairing-health.ts): the latest moment the two of
// them answered each other — a report answered, a comment on the other's check-in, a review held.
import "server-only";
import { Prisma, type DbClient } from "@/lib/db";
import type { PairingActivity } from "./pairing-health";

export type PairingActivityRow = PairingActivity & { pairingId: string; userAId: string; userBId: string };

function activitySql(filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id" AS "pairingId", p."userAId" AS "userAId", p."userBId" AS "userBId", p."checkInCadence"::text AS "cadence",
      p."startedAt" AS "startedAt", p."renewedAt" AS "renewedAt", p."pausedAt" AS "pausedAt",
      GREATEST(
        (SELECT max(r."answeredAt") FROM "WeeklyReport" r WHERE r."pairingId" = p."id"),
        (SELECT max(COALESCE(s."completedAt", s."startsAt")) FROM "ReviewSession" s WHERE s."pairingId" = p."id" AND s."status" = 'COMPLETED'),
        (SELECT max(c."createdAt") FROM "Comment" c JOIN "CheckIn" ci ON ci."id" = c."checkInId" JOIN "Goal" g ON g."id" = ci."goalId"
          WHERE g."ownerId" IN (p."userAId", p."userBId") AND c."authorId" IN (p."userAId", p."userBId") AND c."authorId" <> g."ownerId")
      ) AS "lastActivityAt"
    FROM "BuddyPairing" p
    WHERE p."status" = 'ACTIVE' AND ${filter}`;
}

export async function pairingActivity(db: DbClient, pairingId: string): Promise<PairingActivityRow | null> {
  const rows = await db.$queryRaw<PairingActivityRow[]>(activitySql(Prisma.sql`p."id" = ${pairingId}::uuid`));
  return rows[0] ?? null;
}

/** Every active, unpaused pairing that has been going for at least `minDays` (the planner's candidates). */
export async function activitiesOfRunningPairings(db: DbClient, now: Date, minDays: number): Promise<PairingActivityRow[]> {
  return db.$queryRaw<PairingActivityRow[]>(activitySql(Prisma.sql`p."pausedAt" IS NULL AND p."startedAt" <= ${now}::timestamptz - make_interval(days => ${minDays}::int)`));
}

/** The person's active, unpaused pairings (at most MAX_BUDDIES), in one statement. */
export async function activitiesOfPersonsPairings(db: DbClient, userId: string): Promise<PairingActivityRow[]> {
  return db.$queryRaw<PairingActivityRow[]>(activitySql(Prisma.sql`p."pausedAt" IS NULL AND (p."userAId" = ${userId}::uuid OR p."userBId" = ${userId}::uuid)`));
}
