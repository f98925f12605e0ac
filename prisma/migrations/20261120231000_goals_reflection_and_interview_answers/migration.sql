-- CreateEnum
CREATE TYPE "InterviewAnswerKind" AS ENUM ('LONG_TERM', 'SHORT_TERM', 'NETWORKING');

-- AlterTable
ALTER TABLE "Goal" DROP COLUMN "achievementReflection",
ADD COLUMN     "baselineValue" DECIMAL(14,2),
ADD COLUMN     "reflectionDifferently" TEXT,
ADD COLUMN     "reflectionEasy" TEXT,
ADD COLUMN     "reflectionHard" TEXT,
ADD COLUMN     "reflectionHelpers" TEXT;

-- CreateTable
CREATE TABLE "InterviewAnswer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" "InterviewAnswerKind" NOT NULL,
    "targetRole" TEXT NOT NULL DEFAULT '',
    "targetCompany" TEXT NOT NULL DEFAULT '',
    "goalIds" UUID[],
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InterviewAnswer_userId_kind_targetRole_key" ON "InterviewAnswer"("userId", "kind", "targetRole");

-- AddForeignKey
ALTER TABLE "InterviewAnswer" ADD CONSTRAINT "InterviewAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
