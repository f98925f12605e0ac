import type { Metadata } from "next";
import { Logo } from "@/components/brand/logo";

export const metadata: Metadata = { title: "You are offline" };
// Built once: the service worker (public/sw.js) keeps a copy and shows it when a page cannot load.
export const dynamic = "force-static";

export default function OfflinePage() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-16">
      <Logo href="/dashboard" />
      <h1 className="mt-10 text-3xl font-bold tracking-tight">You are offline</h1>
      <p className="mt-3 text-lg leading-relaxed text-slate-700">
        Stepwise could not reach the internet, so this page could not load. Your goals are safe: nothing is shown from an old copy, and nothing you saved is
        lost.
      </p>
      <p className="mt-3 text-slate-700">When you are back online, reload the page or go to your dashboard.</p>
      <p className="mt-8">
        {/* A plain link: it should load the page afresh from the network, not from the client router. */}
        <a href="/dashboard" className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
          Go to your dashboard
        </a>
      </p>
    </main>
  );
}
