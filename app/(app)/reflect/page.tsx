import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { searchParam, type SearchParams } from "@/lib/goals/goal-draft";
import { listReflections } from "@/lib/reflections/list-reflections";
import { goalPrefillForArea, goalPrefillFromReflection } from "@/lib/reflections/goal-prefill";
import { GOAL_AREAS, REFLECTION_PROMPTS, REFLECTION_SECTIONS, promptsInSection } from "@/lib/reflections/prompts";
import { GOAL_AREAS_STEP, REFLECT_STEP_ANCHOR, currentStepIndex, reflectSteps } from "@/lib/reflections/reflect-steps";
import { Card } from "@/components/ui/card";
import { ReflectionForm } from "@/components/reflect/reflection-form";
import { LastUpdated } from "@/components/reflect/last-updated";
import { GoalAreas } from "@/components/reflect/goal-areas";
import { ReflectStepsNav } from "@/components/reflect/reflect-steps-nav";
import { ReflectStepPager } from "@/components/reflect/reflect-step-pager";
import { saveReflectionAction } from "./actions";

type Props = { searchParams: Promise<SearchParams> };

// The step's name in the title, so a screen reader announces the move from one step to the next.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const steps = reflectSteps(new Set());
  const step = steps[currentStepIndex(steps, searchParam(await searchParams, "section"))];
  return { title: step ? `Reflect: ${step.title}` : "Reflect" };
}

export default async function ReflectPage({ searchParams }: Props) {
  const user = await requireUser();
  const answers = await listReflections(user);
  const answeredCount = Object.keys(answers).length;
  const steps = reflectSteps(new Set(Object.keys(answers)));
  const currentIndex = currentStepIndex(steps, searchParam(await searchParams, "section"));
  const step = steps[currentIndex] ?? steps[0]!;
  const section = REFLECTION_SECTIONS.find((candidate) => candidate.key === step.key);
  const percent = Math.round((answeredCount / REFLECTION_PROMPTS.length) * 100);
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Reflect</h1>
        <p className="text-lg leading-relaxed text-slate-700">Before you set goals, take some time to think about what a good career means to you. Goals that grow out of your own values and hopes are the ones you keep working on when it gets hard, and your answers make it easier to explain why a goal matters.</p>
        <p className="leading-relaxed text-slate-700">Answer in any order, a few at a time, and come back to change your answers as you learn more about what you want. Only you can see them. When an answer points at something you want, turn it into a goal.</p>
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-700">
            You have answered {answeredCount} of {REFLECTION_PROMPTS.length} questions.
          </p>
          {/* The sentence above says it; the bar only shows it. */}
          <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-slate-200">
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
        </div>
        <ReflectStepsNav steps={steps} currentIndex={currentIndex} />
      </div>

      {section ? (
        <section id={REFLECT_STEP_ANCHOR} aria-labelledby="step-heading" className="scroll-mt-4 space-y-5">
          <div className="space-y-1">
            <p className="text-sm font-medium text-slate-600">
              Section {currentIndex + 1} of {steps.length} · {step.answered} of {step.total} answered
            </p>
            <h2 id="step-heading" className="text-2xl font-semibold tracking-tight">
              {section.title}
            </h2>
            <p className="text-slate-700">{section.intro}</p>
          </div>
          <ul className="space-y-5">
            {promptsInSection(section.key).map((prompt) => {
              const saved = answers[prompt.key];
              return (
                <li key={prompt.key}>
                  <Card>
                    <ReflectionForm action={saveReflectionAction} promptKey={prompt.key} question={prompt.question} hint={prompt.hint} answer={saved?.answer ?? ""} draftKey={`reflect:${user.id}:${prompt.key}`}>
                      {saved ? (
                        <>
                          <LastUpdated date={saved.updatedAt} timeZone={user.timeZone} />
                          <Link href={goalPrefillFromReflection(prompt.key, saved.answer)} aria-label={`Turn this into a goal: ${prompt.question}`} className="text-sm font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900 sm:ml-auto">
                            Turn this into a goal
                          </Link>
                        </>
                      ) : null}
                    </ReflectionForm>
                  </Card>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {step.key === GOAL_AREAS_STEP ? (
        <section id={REFLECT_STEP_ANCHOR} aria-labelledby="step-heading" className="scroll-mt-4 space-y-5">
          <div className="space-y-1">
            <p className="text-sm font-medium text-slate-600">
              Section {currentIndex + 1} of {steps.length}
            </p>
            <h2 id="step-heading" className="text-2xl font-semibold tracking-tight">
              Goal areas to start from
            </h2>
            <p className="text-slate-700">Most career goals fall into one of these areas. If your answers point towards one of them, start a goal there.</p>
          </div>
          <GoalAreas areas={GOAL_AREAS.map((area) => ({ ...area, href: goalPrefillForArea(area.category) }))} />
        </section>
      ) : null}

      <ReflectStepPager previous={steps[currentIndex - 1]} next={steps[currentIndex + 1]} />
    </div>
  );
}
