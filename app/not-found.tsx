import { buttonClasses } from "@/components/ui/button-classes";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-3 text-slate-700">It may have moved, or it may not be yours to see.</p>
      <div className="mt-8">
        {/* A plain link, not next/link: every page's first load includes this boundary's client
            chunk, and a next/link here was a copy of the router's link code in a chunk of its own. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above; a 404 may load a full page */}
        <a href="/" className={buttonClasses()}>
          Back to Stepwise
        </a>
      </div>
    </main>
  );
}
