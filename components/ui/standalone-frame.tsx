import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";

/** Pages opened from an email link without signing in (invitations, unsubscribe) wear the sign-in pages' look. */
export function StandaloneFrame({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-10">
      <Logo />
      <main id="main" className="mt-8 w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
