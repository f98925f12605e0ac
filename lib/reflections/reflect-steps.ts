// The Reflect page as steps a person moves through one at a time (issue 16): the three prompt
// sections, then the goal areas. A step is addressed by `?section=<key>`, so the page works as
// plain links without JavaScript and a step can be bookmarked.
import { REFLECTION_SECTIONS, promptsInSection, type ReflectionSectionKey } from "./prompts";

export const GOAL_AREAS_STEP = "goal-areas";

export type ReflectStepKey = ReflectionSectionKey | typeof GOAL_AREAS_STEP;

export type ReflectStep = {
  key: ReflectStepKey;
  title: string;
  /** How many of this step's prompts are answered, and how many it has (0 for the goal areas). */
  answered: number;
  total: number;
};

export const GOAL_AREAS_TITLE = "Goal areas";

/** Every step in order, each with its share of the answers. */
export function reflectSteps(answeredKeys: ReadonlySet<string>): ReflectStep[] {
  const sections = REFLECTION_SECTIONS.map((section): ReflectStep => {
    const prompts = promptsInSection(section.key);
    return {
      key: section.key,
      title: section.title,
      answered: prompts.filter((prompt) => answeredKeys.has(prompt.key)).length,
      total: prompts.length,
    };
  });
  return [...sections, { key: GOAL_AREAS_STEP, title: GOAL_AREAS_TITLE, answered: 0, total: 0 }];
}

/** The step `?section=` names; the first one when it names none (or one that does not exist). */
export function currentStepIndex(steps: readonly ReflectStep[], requested: string | undefined): number {
  const index = steps.findIndex((step) => step.key === requested);
  return index === -1 ? 0 : index;
}

/** The id of the open step's section, which previous and next links jump to past the introduction. */
export const REFLECT_STEP_ANCHOR = "reflect-step";

export function reflectStepHref(key: ReflectStepKey, options: { toSection?: boolean } = {}): string {
  return `/reflect?section=${key}${options.toSection ? `#${REFLECT_STEP_ANCHOR}` : ""}`;
}
