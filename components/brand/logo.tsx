import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 text-lg font-bold tracking-tight text-brand-900">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7">
        <rect width="24" height="24" rx="6" className="fill-brand-700" />
        <path d="M5 17h4v-4h4V9h4V5" fill="none" className="stroke-white" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Stepwise
    </Link>
  );
}
