-- "FeedbackStyle" (ENCOURAGEMENT, CANDID) is created by 20261203162340_if_then_comeback_feedback.

-- CreateEnum
CREATE TYPE "WeeklyReportMode" AS ENUM ('OFF', 'DRAFT', 'AUTO');

-- CreateEnum
CREATE TYPE "WeeklyReportStatus" AS ENUM ('DRAFT', 'SENT');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "weeklyReportEmailsEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "BuddyPairing" ADD COLUMN     "pausedAt" TIMESTAMPTZ(3),
ADD COLUMN     "pausedById" UUID,
ADD COLUMN     "renewedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PairingWish" (
    "pairingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "rhythm" "CheckInCadence" NOT NULL DEFAULT 'WEEKLY',
    "feedbackStyle" "FeedbackStyle" NOT NULL DEFAULT 'ENCOURAGEMENT',
    "confidential" TEXT NOT NULL DEFAULT '',
    "reportMode" "WeeklyReportMode" NOT NULL DEFAULT 'OFF',
    "statedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairingWish_pkey" PRIMARY KEY ("pairingId","userId")
);

-- CreateTable
CREATE TABLE "WeeklyReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "pairingId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "done" TEXT NOT NULL DEFAULT '',
    "stuck" TEXT NOT NULL DEFAULT '',
    "next" TEXT NOT NULL DEFAULT '',
    "status" "WeeklyReportStatus" NOT NULL DEFAULT 'DRAFT',
    "sentAt" TIMESTAMPTZ(3),
    "reply" TEXT,
    "advice" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WeeklyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WeeklyReport_pairingId_createdAt_idx" ON "WeeklyReport"("pairingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WeeklyReport_pairingId_authorId_periodStart_key" ON "WeeklyReport"("pairingId", "authorId", "periodStart");

-- AddForeignKey
ALTER TABLE "PairingWish" ADD CONSTRAINT "PairingWish_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "BuddyPairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingWish" ADD CONSTRAINT "PairingWish_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "BuddyPairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
