"use client";

// A client component although nothing in it but the phone menu is interactive: the shell is the
// same on every signed-in page, and as a client component it is rendered once into HTML per
// request instead of being serialised into the RSC payload, parsed back and rendered again
// (and its markup no longer travels twice, as HTML and as payload). Its code is in the first
// load once and cached. See docs/performance.md.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { isCurrentSection, MAIN_NAV } from "./navigation";
import { PhoneMenu, ShellMain } from "./shell-nav";
import { UserMenu } from "./user-menu";

const TABS = MAIN_NAV.filter((item) => item.tab);

/**
 * The signed-in frame. At ≥ 1024 px one header row: logo, sections, notifications, account.
 * Below it: logo, notifications and a Menu button in the header, and a tab bar with the most
 * used sections at the bottom of the screen, where a thumb reaches.
 */
export function AppShell({
  user,
  unread,
  signOutAction,
  children,
}: {
  user: { name: string; email: string };
  /** Unread notifications when the page was rendered (the badge keeps itself current). */
  unread: number;
  signOutAction: () => Promise<void>;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = (href: string) => (isCurrentSection(pathname, href) ? "page" : undefined);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2.5 sm:px-6 lg:gap-4 xl:gap-6">
          <Logo href="/dashboard" />
          <nav aria-label="Main" className="hidden min-w-0 lg:block">
            <div className="flex items-center gap-0.5 xl:gap-1">
              {MAIN_NAV.map((item) => (
                <Link key={item.href} href={item.href} className="nav-link" aria-current={current(item.href)}>
                  {item.label}
                </Link>
              ))}
            </div>
          </nav>
          <div className="ml-auto flex items-center gap-1 sm:gap-2">
            <UnreadBadge initialUnread={unread} />
            <div className="hidden lg:block">
              <UserMenu user={user} signOutAction={signOutAction} />
            </div>
            <PhoneMenu>
              <nav aria-label="Main" className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
                <div className="grid gap-1 sm:grid-cols-2">
                  {MAIN_NAV.map((item) => (
                    <Link key={item.href} href={item.href} className="menu-link" aria-current={current(item.href)}>
                      {item.label}
                    </Link>
                  ))}
                </div>
                <div className="mt-3 border-t border-slate-200 pt-3">
                  <p className="px-3 text-sm font-semibold text-slate-900">{user.name}</p>
                  <p className="truncate px-3 pb-2 text-sm text-slate-600">{user.email}</p>
                  <div className="grid gap-1 sm:grid-cols-2">
                    <Link href="/settings" className="block rounded-md px-3 py-2.5 text-base font-medium text-slate-800 hover:bg-slate-100">
                      Settings
                    </Link>
                    <form action={signOutAction}>
                      <button type="submit" className="block w-full rounded-md px-3 py-2.5 text-left text-base font-medium text-slate-800 hover:bg-slate-100">
                        Sign out
                      </button>
                    </form>
                  </div>
                </div>
              </nav>
            </PhoneMenu>
          </div>
        </div>
      </header>
      <ShellMain>{children}</ShellMain>
      <nav aria-label="Shortcuts" className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] lg:hidden">
        <div className="mx-auto flex max-w-md">
          {TABS.map((item) => (
            <Link key={item.href} href={item.href} className="tab-link" aria-current={current(item.href)}>
              <span aria-hidden="true" className={`icon icon-tab-${item.href.slice(1)} h-5 w-5`} />
              <span>{item.label}</span>
            </Link>
          ))}
        </div>
      </nav>
    </div>
  );
}
