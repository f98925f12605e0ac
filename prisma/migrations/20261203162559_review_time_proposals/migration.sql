-- AlterTable
ALTER TABLE "ReviewSession" ADD COLUMN     "proposalCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "proposedAt" TIMESTAMPTZ(3),
ADD COLUMN     "proposedById" UUID,
ADD COLUMN     "proposedDurationMinutes" INTEGER,
ADD COLUMN     "proposedStartsAt" TIMESTAMPTZ(3),
ADD COLUMN     "proposedTimeZone" TEXT;

-- AddForeignKey
ALTER TABLE "ReviewSession" ADD CONSTRAINT "ReviewSession_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
