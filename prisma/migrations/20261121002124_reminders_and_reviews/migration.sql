-- AlterTable
ALTER TABLE "User" ADD COLUMN     "buddyActivityEmailsEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ReviewSession" ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "completedById" UUID,
ADD COLUMN     "notesVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scheduledAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "ReviewDecision" ADD COLUMN     "newTargetValue" DECIMAL(14,2),
ADD COLUMN     "previousDeadline" DATE,
ADD COLUMN     "previousTargetValue" DECIMAL(14,2),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "ReviewDecision_goalId_idx" ON "ReviewDecision"("goalId");

-- At most one scheduled review session per pairing (Prisma's schema cannot express a partial index).
CREATE UNIQUE INDEX "ReviewSession_one_scheduled_per_pairing" ON "ReviewSession" ("pairingId") WHERE "status" = 'SCHEDULED';
