import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-3 text-slate-700">It may have moved, or it may not be yours to see.</p>
      <div className="mt-8">
        <ButtonLink href="/">Back to Stepwise</ButtonLink>
      </div>
    </main>
  );
}
