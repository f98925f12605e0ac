"use client";

// button-classes, not ui/button: that module imports next/link, which would add a copy of the
// link code to this boundary's chunk, loaded first by every page.
import { buttonClasses } from "@/components/ui/button-classes";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">Nothing you entered was lost. Please try again in a moment.</p>
      <div className="mt-8">
        <button type="button" onClick={reset} className={buttonClasses()}>
          Try again
        </button>
      </div>
    </main>
  );
}
