import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Dashboard" };

const steps = [
  { title: "Reflect", text: "Answer a few guided questions about what career success means to you." },
  { title: "Set SMART goals", text: "Turn a wish into a goal that is specific, measurable, attainable, relevant and dated, on a 1, 5 or 10-year horizon." },
  { title: "Break it down", text: "Split each goal into micro-goals with an action plan and a deadline." },
  { title: "Invite a buddy", text: "Share chosen goals with someone you trust, check in, and review together every quarter." },
];

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name}</h1>
        <p className="mt-2 text-slate-700">Here is how Stepwise gets you from a vague wish to a plan you keep.</p>
      </div>
      <ol className="grid gap-4 sm:grid-cols-2">
        {steps.map((step, index) => (
          <li key={step.title}>
            <Card className="h-full">
              <p className="text-sm font-semibold text-brand-700">Step {index + 1}</p>
              <h2 className="mt-1 text-lg font-semibold">{step.title}</h2>
              <p className="mt-1 text-slate-700">{step.text}</p>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
