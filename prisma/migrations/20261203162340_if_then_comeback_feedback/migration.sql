-- CreateEnum
CREATE TYPE "FeedbackStyle" AS ENUM ('ENCOURAGEMENT', 'CANDID');

-- CreateEnum
CREATE TYPE "PlanReviewKind" AS ENUM ('APPROVED', 'QUESTION');

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "feedbackStyle" "FeedbackStyle";

-- AlterTable
ALTER TABLE "MicroGoal" ADD COLUMN     "cueMinute" INTEGER,
ADD COLUMN     "cueWeekday" INTEGER,
ADD COLUMN     "ifThenPlan" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "obstacle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "planAnswer" TEXT,
ADD COLUMN     "planQuestion" TEXT,
ADD COLUMN     "planReview" "PlanReviewKind",
ADD COLUMN     "planReviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "planReviewedById" UUID;

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "comeback" BOOLEAN NOT NULL DEFAULT false;

-- AddForeignKey
ALTER TABLE "MicroGoal" ADD CONSTRAINT "MicroGoal_planReviewedById_fkey" FOREIGN KEY ("planReviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A cue is a real weekday and a time of day.
ALTER TABLE "MicroGoal" ADD CONSTRAINT "MicroGoal_cueWeekday_check" CHECK ("cueWeekday" BETWEEN 1 AND 7),
ADD CONSTRAINT "MicroGoal_cueMinute_check" CHECK ("cueMinute" BETWEEN 0 AND 1439);
