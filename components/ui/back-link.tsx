import Link from "next/link";
import type { ReactNode } from "react";

/** The link above a page's heading back to the list or page it belongs to. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="text-sm font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
        {children}
      </Link>
    </p>
  );
}
