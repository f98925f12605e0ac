import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { countUnread, listNotifications, notificationOpenPath } from "@/lib/notifications/notifications";
import { encodeCursor, parseCursor } from "@/lib/pagination/keyset";
import { Card } from "@/components/ui/card";
import { PageLinks } from "@/components/ui/page-links";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDayMonthYear, formatTime } from "@/lib/time/format";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const before = parseCursor((await searchParams).before);
  const [{ items: notifications, next }, unread] = await Promise.all([listNotifications(user, { before }), countUnread(user)]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Notifications</h1>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <SubmitButton variant="secondary" pendingLabel="Marking…">
              Mark all as read
            </SubmitButton>
          </form>
        ) : null}
      </div>
      <p className="text-slate-700" role="status">
        {unread === 0 ? "You are all caught up." : unread === 1 ? "1 unread notification." : `${unread} unread notifications.`}
      </p>
      {notifications.length === 0 ? (
        <Card>
          <p className="text-slate-700">{before ? "No older notifications." : "Nothing yet. When a buddy comments on a check-in, cheers you on or changes your agreement, it shows up here."}</p>
        </Card>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm" aria-label="Notifications, newest first">
          {notifications.map((notification) => {
            const isUnread = notification.readAt === null;
            return (
              <li key={notification.id} className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 px-5 py-4 ${isUnread ? "bg-brand-50/60" : ""}`}>
                {isUnread ? <span className="rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">New</span> : null}
                <span className={`min-w-0 flex-1 ${isUnread ? "font-semibold text-slate-900" : "text-slate-800"}`}>
                  {notification.link ? (
                    // A plain link, not <Link>: prefetching it would mark the notification read unopened.
                    <a href={notificationOpenPath(notification.id)} className="underline underline-offset-4 hover:text-brand-900">
                      {notification.title}
                    </a>
                  ) : (
                    notification.title
                  )}
                </span>
                <time dateTime={notification.createdAt.toISOString()} className="text-sm text-slate-600">
                  {formatDayMonthYear(notification.createdAt, user.timeZone)}, {formatTime(notification.createdAt, user.timeZone)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
      <PageLinks label="Notification pages" newest={{ href: before ? "/notifications" : null, text: "Back to the latest" }} older={{ href: next ? `/notifications?before=${encodeURIComponent(encodeCursor(next))}` : null, text: "Show older notifications" }} />
    </div>
  );
}
