import Link from "next/link";

/**
 * "Notifications" in the app shell, with the number of unread ones. Screen readers hear
 * "Notifications (3 unread)": the badge's bare digits are hidden from them because they would
 * not say what they count. (No aria-label: the visible words must stay part of the name.)
 */
export function NotificationsLink({ unread, className = "" }: { unread: number; className?: string }) {
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      className={`inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 ${className}`}
    >
      Notifications
      {unread > 0 ? (
        <>
          <span aria-hidden="true" className="inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-semibold leading-none text-white">
            {shown}
          </span>
          <span className="sr-only"> ({unread} unread)</span>
        </>
      ) : null}
    </Link>
  );
}
