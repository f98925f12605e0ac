import Link from "next/link";

/** A disclosure menu built on <details>: works by keyboard and without JavaScript. */
export function UserMenu({ user, signOutAction }: { user: { name: string; email: string }; signOutAction: () => Promise<void> }) {
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-full p-1 text-sm xl:pr-3 font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-900">
          {initials}
        </span>
        <span className="sr-only max-w-40 truncate xl:not-sr-only xl:whitespace-nowrap">{user.name}</span>
        <span className="sr-only">: account menu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
        <p className="truncate px-3 py-2 text-sm text-slate-600">{user.email}</p>
        <Link href="/settings" className="block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100">
          Settings
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="block w-full rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
