"use client";

// A secret that exists in one place once made (a feed URL, an API token, a signing secret):
// shown here once, selectable, with a copy button and what to do with it.
import type { ReactNode } from "react";
import { copyStatusText, useCopy } from "./use-copy";

export function ShownOnceSecret({ id, label, value, what, hint, children }: { id: string; label: string; value: string; what: string; hint: ReactNode; children?: ReactNode }) {
  const [copied, copy] = useCopy();
  return (
    <div className="space-y-3 rounded-lg border border-brand-200 bg-brand-50 p-4">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input id={id} type="text" readOnly value={value} onFocus={(event) => event.currentTarget.select()} aria-describedby={`${id}-hint`} className="block min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-sm" />
        <button type="button" onClick={() => copy(value)} className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50">
          Copy
        </button>
      </div>
      <p aria-live="polite" className="text-sm font-medium text-brand-800">
        {copyStatusText(copied, what)}
      </p>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      {children}
    </div>
  );
}
