import Link from "next/link";
import { AuthCard } from "./auth-card";

export function InvalidLink({ what, retryHref, retryLabel }: { what: string; retryHref: string; retryLabel: string }) {
  return (
    <AuthCard title="This link no longer works" intro={`This ${what} link has expired or was already used. Links work once, for a limited time.`}>
      <Link href={retryHref} className="font-semibold text-brand-700 underline">
        {retryLabel}
      </Link>
    </AuthCard>
  );
}
