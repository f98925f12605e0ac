import Link from "next/link";

/**
 * "Notifications" in the app shell, with the number of unread ones: a bell, with the word shown
 * from 1280 px (narrower headers keep it for screen readers only). Screen readers hear
 * "Notifications (3 unread)": the badge's bare digits are hidden from them because they would
 * not say what they count. (No aria-label: the visible words must stay part of the name.)
 */
export function NotificationsLink({ unread, className = "" }: { unread: number; className?: string }) {
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link href="/notifications" className={`relative inline-flex items-center gap-2 whitespace-nowrap rounded-md px-2.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 xl:px-3 ${className}`}>
      <span aria-hidden="true" className="icon icon-bell h-5 w-5" />
      <span className="sr-only xl:not-sr-only">Notifications</span>
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
