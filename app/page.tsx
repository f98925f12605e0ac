import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";

const features = [
  {
    title: "Know what success means to you",
    text: "Guided prompts help you reflect on your ambitions and values before you set a single goal.",
  },
  {
    title: "Goals that are SMART, not vague",
    text: "Stepwise checks each goal is specific, measurable, attainable, relevant and time-bound, and suggests how to sharpen it.",
  },
  {
    title: "1, 5 and 10-year horizons",
    text: "See the long view and the next step at once: every goal breaks into micro-goals with an action plan and a deadline.",
  },
  {
    title: "An accountability buddy",
    text: "Share chosen goals with one trusted person, check in, get reminders before deadlines and review together every quarter.",
  },
];

export default async function LandingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  const { notice } = await searchParams;
  return (
    <div className="min-h-screen">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-4 py-5 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          {user ? (
            <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
          ) : (
            <>
              <Link href="/sign-in" className="rounded-md px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
                Sign in
              </Link>
              <ButtonLink href="/sign-up">Get started</ButtonLink>
            </>
          )}
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 pb-20 sm:px-6">
        {notice === "account-deleted" ? (
          <div className="mb-6">
            <Notice tone="success">Your account and all its data have been deleted.</Notice>
          </div>
        ) : null}
        <section className="py-12 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Career goals, kept</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">From &ldquo;I want to get ahead&rdquo; to a plan you actually follow.</h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700">Stepwise helps you define what career success means to you, set SMART goals on 1, 5 and 10-year horizons, break them into dated steps, and keep them with an accountability buddy who checks in with you.</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href={user ? "/dashboard" : "/sign-up"}>{user ? "Open your dashboard" : "Create your free account"}</ButtonLink>
            {user ? null : (
              <ButtonLink href="/sign-in" variant="secondary">
                I already have an account
              </ButtonLink>
            )}
          </div>
        </section>
        <section aria-labelledby="how-heading">
          <h2 id="how-heading" className="text-2xl font-bold tracking-tight">
            How it works
          </h2>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {features.map((feature) => (
              <li key={feature.title} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
                <h3 className="text-lg font-semibold">{feature.title}</h3>
                <p className="mt-2 text-slate-700">{feature.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className="mt-12 rounded-2xl bg-brand-900 p-8 text-white">
          <h2 className="text-xl font-semibold">Private by default</h2>
          <p className="mt-2 max-w-2xl text-brand-50">Your goals are yours. You choose which ones your buddy sees; nothing is ever public.</p>
        </section>
      </main>
    </div>
  );
}
