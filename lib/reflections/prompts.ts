// The guided reflection catalogue: the questions people answer before they set goals, and the
// goal areas offered as starting points. Prompt keys are stored in the database, so a key never
// changes once shipped; reword a question freely, but retire a prompt by removing it (old
// answers are then ignored) rather than by reusing its key for a different question.
import type { GoalCategory } from "@/lib/db/generated/enums";

export type ReflectionSection = {
  key: "success" | "values" | "vision";
  title: string;
  intro: string;
};

export type ReflectionSectionKey = ReflectionSection["key"];

export type ReflectionPrompt = {
  key: string;
  section: ReflectionSectionKey;
  question: string;
  /** One short sentence that helps someone start writing. */
  hint: string;
  /** Vision prompts only: how far ahead the person is asked to look. */
  horizonYears?: 5 | 10 | 20;
};

export const REFLECTION_SECTIONS = [
  {
    key: "success",
    title: "Success and ambition",
    intro: "Start wide. There are no wrong answers: write what is true for you, not what sounds impressive.",
  },
  {
    key: "values",
    title: "Values",
    intro: "What you value shows up in the moments that felt right. Look back before you look ahead.",
  },
  {
    key: "vision",
    title: "Vision",
    intro: "Picture your career at three distances. The far ones can stay loose; the nearer ones become your first goals.",
  },
] as const satisfies readonly ReflectionSection[];

export const REFLECTION_PROMPTS = [
  {
    key: "define-success",
    section: "success",
    question: "How do you define career success?",
    hint: "Think about how it would look and feel, not only a title or a salary.",
  },
  {
    key: "all-the-money",
    section: "success",
    question: "What would you do if you had all the money you needed?",
    hint: "Take money off the table: what work, if any, would you still choose?",
  },
  {
    key: "in-charge-of-company",
    section: "success",
    question: "If you were in charge of your company, what would you do differently?",
    hint: "The changes you would make point to what you care about at work.",
  },
  {
    key: "peers-and-family",
    section: "success",
    question: "What do you want your peers and family to think of your career?",
    hint: "Whose opinion matters to you, and what would you like them to say?",
  },
  {
    key: "ultimate-job",
    section: "success",
    question: "With no obstacles, what would your ultimate job be?",
    hint: "Set aside qualifications, location and money for a moment, and be specific.",
  },
  {
    key: "people-you-admire",
    section: "success",
    question: "Which people do you most admire, and why?",
    hint: "Colleagues, public figures or family: name what you admire in each.",
  },
  {
    key: "most-successful",
    section: "values",
    question: "When have you felt most successful?",
    hint: "Recall one moment. What were you doing, and who was there?",
  },
  {
    key: "ideal-workday",
    section: "values",
    question: "What does your ideal workday look like?",
    hint: "Walk through it: where you are, who you work with, what you spend the hours on.",
  },
  {
    key: "financial-success",
    section: "values",
    question: "What does financial success look like to you?",
    hint: "Put a number or a way of living on it, if you can: what would be enough?",
  },
  {
    key: "purposeful-work",
    section: "values",
    question: "Does your work feel purposeful, and if not, what would make it so?",
    hint: "Who benefits from what you do, and what would make it matter more to you?",
  },
  {
    key: "vision-5-years",
    section: "vision",
    question: "What is your dream career in 5 years?",
    hint: "Close enough to plan for: the role, skills and situation you would like to have.",
    horizonYears: 5,
  },
  {
    key: "vision-10-years",
    section: "vision",
    question: "What is your dream career in 10 years?",
    hint: "Where could the next five years lead? Think about the work and the life around it.",
    horizonYears: 10,
  },
  {
    key: "vision-20-years",
    section: "vision",
    question: "What is your dream career in 20 years?",
    hint: "Let yourself dream: what would you like to have done by then?",
    horizonYears: 20,
  },
] as const satisfies readonly ReflectionPrompt[];

export type PromptKey = (typeof REFLECTION_PROMPTS)[number]["key"];

/** Every prompt key, in catalogue order (a non-empty tuple, as z.enum wants). */
export const PROMPT_KEYS = REFLECTION_PROMPTS.map((prompt) => prompt.key) as [PromptKey, ...PromptKey[]];

const promptsByKey: ReadonlyMap<string, ReflectionPrompt & { key: PromptKey }> = new Map(REFLECTION_PROMPTS.map((prompt) => [prompt.key, prompt]));

export function isPromptKey(key: string): key is PromptKey {
  return promptsByKey.has(key);
}

/** The prompt with this key, or undefined for a key that is not (or no longer) in the catalogue. */
export function findPrompt(key: string): (ReflectionPrompt & { key: PromptKey }) | undefined {
  return promptsByKey.get(key);
}

export function promptsInSection(section: ReflectionSectionKey): (ReflectionPrompt & { key: PromptKey })[] {
  return REFLECTION_PROMPTS.filter((prompt) => prompt.section === section);
}

export type GoalArea = {
  category: GoalCategory;
  label: string;
  description: string;
  exampleGoal: string;
};

/** The general areas a career goal falls into, offered as places to start. */
export const GOAL_AREAS = [
  {
    category: "EARNINGS",
    label: "Increase earnings",
    description: "Earn more, or earn it in a way that suits your life better.",
    exampleGoal: "Negotiate a 10% raise at my next annual review.",
  },
  {
    category: "KNOWLEDGE",
    label: "Increase knowledge and training",
    description: "Learn a skill, earn a qualification or go deeper into your field.",
    exampleGoal: "Pass a recognised project management certification by December.",
  },
  {
    category: "IMPACT",
    label: "Make a difference in my field",
    description: "Contribute something that others in your field will use or remember.",
    exampleGoal: "Give a talk at a regional industry conference next year.",
  },
  {
    category: "LEADERSHIP",
    label: "Gain more power and responsibility",
    description: "Lead people, own bigger decisions or take on a wider remit.",
    exampleGoal: "Lead a team of three on a client project within 12 months.",
  },
  {
    category: "EXPERIENCES",
    label: "Have new experiences and relationships",
    description: "Work somewhere new, try a different kind of role or widen your network.",
    exampleGoal: "Meet one new person in my industry every month this year.",
  },
  {
    category: "OTHER",
    label: "Something else",
    description: "A goal that does not fit the areas above is just as welcome.",
    exampleGoal: "Move to a four-day week without a pay cut by next summer.",
  },
] as const satisfies readonly GoalArea[];
