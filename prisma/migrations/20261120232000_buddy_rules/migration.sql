-- AlterTable
ALTER TABLE "BuddyPairing" ADD COLUMN     "reviewSchedule" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rulesUpdatedById" UUID;

-- Two people have at most one active pairing, whichever of them invited the other.
CREATE UNIQUE INDEX "BuddyPairing_active_pair_key" ON "BuddyPairing" (LEAST("userAId", "userBId"), GREATEST("userAId", "userBId")) WHERE "status" = 'ACTIVE';
ALTER TABLE "BuddyPairing" ADD CONSTRAINT "BuddyPairing_reminderLeadDays_range" CHECK ("reminderLeadDays" BETWEEN 0 AND 30);
ALTER TABLE "BuddyPairing" ADD CONSTRAINT "BuddyPairing_reviewCadenceMonths_range" CHECK ("reviewCadenceMonths" BETWEEN 1 AND 12);
