import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listReflections } from "@/lib/reflections/list-reflections";
import { goalPrefillForArea, goalPrefillFromReflection } from "@/lib/reflections/goal-prefill";
import { GOAL_AREAS, REFLECTION_PROMPTS, REFLECTION_SECTIONS, promptsInSection } from "@/lib/reflections/prompts";
import { Card } from "@/components/ui/card";
import { ReflectionForm } from "@/components/reflect/reflection-form";
import { LastUpdated } from "@/components/reflect/last-updated";
import { GoalAreas } from "@/components/reflect/goal-areas";
import { saveReflectionAction } from "./actions";

export const metadata: Metadata = { title: "Reflect" };

export default async function ReflectPage() {
  const user = await requireUser();
  const answers = await listReflections(user);
  const answeredCount = Object.keys(answers).length;
  return (
    <div className="space-y-12">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Reflect</h1>
        <p className="text-lg leading-relaxed text-slate-700">
          Before you set goals, take some time to think about what a good career means to you. Goals that grow out of your own values and hopes are the
          ones you keep working on when it gets hard, and your answers make it easier to explain why a goal matters.
        </p>
        <p className="leading-relaxed text-slate-700">
          Answer in any order, a few at a time, and come back to change your answers as you learn more about what you want. Only you can see them. When
          an answer points at something you want, turn it into a goal.
        </p>
        <p className="text-sm font-medium text-slate-600">
          You have answered {answeredCount} of {REFLECTION_PROMPTS.length} questions.
        </p>
        <nav aria-label="Reflection sections">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-semibold">
            {REFLECTION_SECTIONS.map((section) => (
              <li key={section.key}>
                <a href={`#${section.key}`} className="text-brand-700 underline underline-offset-4 hover:text-brand-900">
                  {section.title}
                </a>
              </li>
            ))}
            <li>
              <a href="#goal-areas" className="text-brand-700 underline underline-offset-4 hover:text-brand-900">
                Goal areas
              </a>
            </li>
          </ul>
        </nav>
      </div>

      {REFLECTION_SECTIONS.map((section) => (
        <section key={section.key} id={section.key} aria-labelledby={`${section.key}-heading`} className="scroll-mt-6 space-y-5">
          <div className="space-y-1">
            <h2 id={`${section.key}-heading`} className="text-2xl font-semibold tracking-tight">
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
                          <Link
                            href={goalPrefillFromReflection(prompt.key, saved.answer)}
                            aria-label={`Turn this into a goal: ${prompt.question}`}
                            className="text-sm font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900 sm:ml-auto"
                          >
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
      ))}

      <section id="goal-areas" aria-labelledby="goal-areas-heading" className="scroll-mt-6 space-y-5">
        <div className="space-y-1">
          <h2 id="goal-areas-heading" className="text-2xl font-semibold tracking-tight">
            Goal areas to start from
          </h2>
          <p className="text-slate-700">
            Most career goals fall into one of these areas. If your answers point towards one of them, start a goal there.
          </p>
        </div>
        <GoalAreas areas={GOAL_AREAS.map((area) => ({ ...area, href: goalPrefillForArea(area.category) }))} />
      </section>
    </div>
  );
}
