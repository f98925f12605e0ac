-- Issue 14, the accountability loop: achievements told to buddies (and their congratulations),
-- their own email preference, and both people's acceptance of the pairing's rules.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "buddyAchievementEmailsEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "BuddyPairing" ADD COLUMN     "rulesAcceptedByAAt" TIMESTAMPTZ(3),
ADD COLUMN     "rulesAcceptedByBAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AchievementShare" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "goalId" UUID NOT NULL,
    "pairingId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "celebrateStartsAt" TIMESTAMPTZ(3),
    "celebrateTimeZone" TEXT,
    "celebrateSequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AchievementShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AchievementCongratulation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "goalId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "kind" "CommentKind" NOT NULL DEFAULT 'COMMENT',
    "body" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AchievementCongratulation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AchievementShare_recipientId_createdAt_idx" ON "AchievementShare"("recipientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AchievementShare_goalId_recipientId_key" ON "AchievementShare"("goalId", "recipientId");

-- CreateIndex
CREATE INDEX "AchievementCongratulation_goalId_createdAt_idx" ON "AchievementCongratulation"("goalId", "createdAt");

-- CreateIndex
CREATE INDEX "AchievementCongratulation_authorId_createdAt_idx" ON "AchievementCongratulation"("authorId", "createdAt");

-- AddForeignKey
ALTER TABLE "AchievementShare" ADD CONSTRAINT "AchievementShare_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievementShare" ADD CONSTRAINT "AchievementShare_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "BuddyPairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievementShare" ADD CONSTRAINT "AchievementShare_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievementCongratulation" ADD CONSTRAINT "AchievementCongratulation_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievementCongratulation" ADD CONSTRAINT "AchievementCongratulation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One cheer per buddy per achievement: a double click or a replayed POST adds nothing.
CREATE UNIQUE INDEX "AchievementCongratulation_one_cheer_per_author" ON "AchievementCongratulation" ("goalId", "authorId") WHERE "kind" = 'CHEER';
