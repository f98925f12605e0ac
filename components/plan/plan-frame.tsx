import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "./print-button";

// A4 and Letter both fit in 8 × 10.5 inches with these margins; the browser picks the paper.
const PRINT_CSS = "@page { margin: 12mm; } @media print { html, body { background: #fff !important; } }";

/**
 * A printable page outside the app's shell: on screen a bar to go back or print, on paper only
 * the plan itself, in black on white.
 */
export function PlanFrame({ back, printLabel, children }: { back: { href: string; label: string }; printLabel: string; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-100 px-4 py-6 print:bg-white print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="mx-auto mb-4 flex max-w-3xl flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={back.href} className="text-sm font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900">
          {back.label}
        </Link>
        <PrintButton>{printLabel}</PrintButton>
      </div>
      <main id="main" className="mx-auto max-w-3xl rounded-2xl bg-white p-6 text-slate-900 shadow-sm sm:p-10 print:max-w-none print:rounded-none print:p-0 print:shadow-none">
        {children}
      </main>
    </div>
  );
}
