// In-app notifications: small, bounded, always scoped to the actor.
import "server-only";
import { getDb, type DbClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { enqueueNotificationWebhooks } from "@/lib/webhooks/enqueue";
import { newestFirst, olderThan, toPage, type Cursor, type Page } from "@/lib/pagination/keyset";

export type NotificationDto = { id: string; kind: string; title: string; link: string | null; readAt: Date | null; createdAt: Date };

/** Adds a notification, and queues it for the recipient's webhook and chat destinations that want its event. */
export async function createNotification(db: DbClient, notification: { userId: string; kind: string; title: string; link?: string }): Promise<void> {
  const row = await db.notification.create({
    data: { ...notification, title: notification.title.slice(0, 300) },
    select: { id: true, userId: true, kind: true, title: true, link: true, createdAt: true },
  });
  await enqueueNotificationWebhooks(db, row);
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

/**
 * Opening a notification: marks it read (once; a second open keeps the first time) and answers
 * where it points. Null when it is not the actor's (or does not exist): the same answer for both.
 */
export async function openNotification(actor: SessionUser, notificationId: string, now = new Date()): Promise<{ link: string } | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(notificationId)) return null;
  const db = await getDb();
  const rows = await db.$queryRaw<{ link: string | null }[]>`
    UPDATE "Notification" SET "readAt" = COALESCE("readAt", ${now})
    WHERE "id" = ${notificationId}::uuid AND "userId" = ${actor.id}::uuid
    RETURNING "link"`;
  const row = rows[0];
  if (!row) return null;
  return { link: safeInternalLink(row.link) };
}

/** Links are written by the app, but an open redirect must never come of one: only paths on this site. */
function safeInternalLink(link: string | null): string {
  if (!link || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) return "/notifications";
  return link;
}

/** Where a notification's link goes through, so opening it marks it read. */
export const notificationOpenPath = (notificationId: string) => `/api/notifications/${notificationId}/open`;
