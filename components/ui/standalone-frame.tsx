import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";

/** The frame of pages outside the signed-in app: sign-in and sign-up, and pages opened from an email link (invitations, unsubscribe). */
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
