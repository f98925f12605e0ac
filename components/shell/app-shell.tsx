import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { UserMenu } from "./user-menu";

export type NavItem = { href: string; label: string };

export function AppShell({
  user,
  nav,
  signOutAction,
  beforeUserMenu,
  children,
}: {
  user: { name: string; email: string };
  nav: NavItem[];
  signOutAction: () => Promise<void>;
  /** Shown next to the user menu (notifications). */
  beforeUserMenu?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-4 py-3 sm:px-6">
          <Logo href="/dashboard" />
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto">
            <div className="flex items-center gap-2">
              {beforeUserMenu}
              <UserMenu user={user} signOutAction={signOutAction} />
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
