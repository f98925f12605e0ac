// In-app notifications: small, bounded, always scoped to the actor.
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export type NotificationDto = { id: string; kind: string; title: string; link: string | null; readAt: Date | null; createdAt: Date };

export async function createNotification(db: DbClient, notification: { userId: string; kind: string; title: string; link?: string }): Promise<void> {
  await db.notification.create({ data: { ...notification, title: notification.title.slice(0, 300) } });
}

export async function listNotifications(actor: SessionUser, options: { limit?: number } = {}): Promise<NotificationDto[]> {
  const db = await getDb();
  return db.notification.findMany({
    where: { userId: actor.id },
    select: { id: true, kind: true, title: true, link: true, readAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(options.limit ?? 50, 1), 100),
  });
}

export async function countUnread(actor: SessionUser): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function markAllRead(actor: SessionUser, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
}
