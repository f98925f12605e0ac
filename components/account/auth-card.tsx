import type { ReactNode } from "react";
import Link from "next/link";
import { Card } from "@/components/ui/card";

export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <>
      <Card>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
        {intro ? <div className="mt-2 text-slate-700">{intro}</div> : null}
        <div className="mt-6">{children}</div>
      </Card>
      {footer ? <div className="mt-6 space-y-2 text-center text-sm text-slate-700">{footer}</div> : null}
    </>
  );
}

/** The footer of the pages one reaches on the way to signing in. */
export function BackToSignIn() {
  return (
    <p>
      <Link href="/sign-in" className="font-semibold text-brand-700 underline">
        Back to sign in
      </Link>
    </p>
  );
}
