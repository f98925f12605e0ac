-- Emails composed when queued (account links, buddy invitations) keep their encrypted message
-- here until sent, so a mail-server outage delays them instead of losing them.
ALTER TABLE "EmailDelivery" ADD COLUMN "payload" TEXT;
