// The "Back to the latest" / "Show older" pair under a keyset-paged list: plain links, so paging
// works without JavaScript. A link is left out when its href is null.
import Link from "next/link";

type PageLink = { href: string | null; text: string };

const tones = {
  brand: "text-brand-700 underline underline-offset-4 hover:text-brand-900",
  plain: "text-slate-900 underline underline-offset-2",
} as const;

export function PageLinks({ label, newest, older, tone = "brand", className = "" }: { label: string; newest: PageLink; older: PageLink; tone?: keyof typeof tones; className?: string }) {
  if (!newest.href && !older.href) return null;
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold ${className}`.trim()}>
      {[newest, older].map((link) =>
        link.href ? (
          <Link key={link.text} href={link.href} className={tones[tone]}>
            {link.text}
          </Link>
        ) : null,
      )}
    </nav>
  );
}
