-- AlterTable
ALTER TABLE "MicroGoal" ADD COLUMN     "planAnsweredAt" TIMESTAMPTZ(3);
