// In-app notifications: small, bounded, always scoped to the actor.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { newestFirst, olderThan, toPage, type Cursor, type Page } from "@/lib/pagination/keyset";

export type NotificationDto = { id: string; kind: string; title: string; link: string | null; readAt: Date | null; createdAt: Date };

export async function createNotification(db: DbClient, notification: { userId: string; kind: string; title: string; link?: string }): Promise<void> {
  await db.notification.create({ data: { ...notification, title: notification.title.slice(0, 300) } });
}

export const NOTIFICATION_PAGE_SIZE = 50;

/** The actor's notifications, newest first, a page at a time (`before`: the previous page's `next`). */
export async function listNotifications(actor: SessionUser, options: { before?: Cursor } = {}): Promise<Page<NotificationDto>> {
  const db = await getDb();
  const rows = await db.notification.findMany({
    where: { userId: actor.id, ...olderThan("createdAt", options.before) },
    select: { id: true, kind: true, title: true, link: true, readAt: true, createdAt: true },
    orderBy: newestFirst("createdAt"),
    take: NOTIFICATION_PAGE_SIZE + 1,
  });
  return toPage(rows, NOTIFICATION_PAGE_SIZE, (row) => row.createdAt);
}

export async function countUnread(actor: SessionUser): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function markAllRead(actor: SessionUser, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
}
