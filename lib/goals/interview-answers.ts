// Drafts an answer to "What are your career goals?" from the user's own goals: long-term,
// short-term, or a short networking version that ends with a concrete ask. Goals about pay or
// a title are reframed around growth and contribution (and flagged), because that is how such
// answers land in interviews. Deterministic: the same input always gives the same text.
import { isValidCalendarDate } from "@/lib/time/calendar-math";
import { formatMonthYear } from "@/lib/time/format";
import { findTimePhrase } from "./smart-parse";
import type { Horizon } from "./horizon";

export type AnswerGoal = {
  id: string;
  title: string;
  category: "EARNINGS" | "KNOWLEDGE" | "IMPACT" | "LEADERSHIP" | "EXPERIENCES" | "OTHER";
  horizonYears: Horizon;
  specific: string;
  measure: string;
  relevant: string;
  deadline: string;
};
export type AnswerKind = "LONG_TERM" | "SHORT_TERM" | "NETWORKING";
export type AnswerWarning = { goalId: string; message: string };
export type DraftedAnswer = { kind: AnswerKind; question: string; body: string; warnings: AnswerWarning[] };
export type AnswerInput = { kind: AnswerKind; goals: AnswerGoal[]; targetRole?: string; targetCompany?: string; today: string };

export const INTERVIEW_QUESTIONS: Record<AnswerKind, string> = {
  LONG_TERM: "What are your long-term career goals?",
  SHORT_TERM: "What are your short-term career goals?",
  NETWORKING: "What are your career goals?",
};

export const EMPTY_ANSWER_BODY = "Pick at least one goal to build your answer from. Goals with a clear measure and a deadline make the strongest answers.";

type Focus = "pay" | "title" | null;

const PAY = /[$€£¥₹]|\b(?:salary|salaries|pay|paid|(?:a|my|pay)\s+raise|compensation|rich|wealthy|money|income|earnings|bonus|bonuses|six[- ]figures?|\d+(?:[.,]\d+)?k\s*(?:a|per|\/)\s*(?:year|yr|annum))\b/iu;
const TITLE = /\b(?:title|promotion|promoted|vp|svp|evp|vice[- ]president|director|manager|c-level|c-suite|ceo|cto|cfo|coo|cpo|cmo|chief|head\s+of|(?:make|become|made)\s+(?:a\s+)?partner)\b/iu;
// "senior" only as a title: "become a senior engineer", "senior designer", not "senior stakeholders".
const SENIOR_TITLE = /\b(?:become|be|make|reach|get|promoted\s+to)\s+(?:a\s+|an\s+)?senior\b|\bsenior\s+(?:engineer|developer|designer|manager|product|pm|analyst|consultant|scientist|architect|associate|role|title|position|level)\b/iu;
const LEADS_PEOPLE = /\b(?:vp|svp|evp|vice[- ]president|director|manager|head\s+of|chief|ceo|cto|cfo|coo|cpo|cmo|c-level|c-suite|lead|leader|partner)\b/iu;

const VERBS = new Set(
  (
    "achieve build become buy change coach complete contribute create deliver design develop double earn find finish found get give go grow help hire improve increase " +
    "join land launch lead learn live make manage master mentor move obtain open own pass pay present publish raise reach read reduce retire run save secure sell " +
    "ship sign speak start study switch take teach transition travel win work write"
  ).split(" "),
);
const NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

export function draftInterviewAnswer(input: AnswerInput): DraftedAnswer {
  const question = INTERVIEW_QUESTIONS[input.kind];
  if (input.goals.length === 0) return { kind: input.kind, question, body: EMPTY_ANSWER_BODY, warnings: [] };
  const { picked, fallback } = pickGoals(input.kind, input.goals);
  const role = clean(input.targetRole ?? "").replace(/^(?:an?|the)\s+/i, "");
  const company = clean(input.targetCompany ?? "");
  const lines = { LONG_TERM: longTermBody, SHORT_TERM: shortTermBody, NETWORKING: networkingBody }[input.kind](picked, fallback, { role, company, today: input.today });
  return { kind: input.kind, question, body: lines.join(" "), warnings: picked.flatMap(warningFor) };
}

/** Whether a goal is really about pay or a title, judged from its category and wording. */
export function goalFocus(goal: Pick<AnswerGoal, "category" | "title" | "specific" | "measure">): Focus {
  const text = [goal.title, goal.specific, goal.measure].join(" \n ");
  if (goal.category === "EARNINGS" || PAY.test(text)) return "pay";
  if (TITLE.test(text) || SENIOR_TITLE.test(text)) return "title";
  return null;
}

function warningFor(goal: AnswerGoal): AnswerWarning[] {
  const focus = goalFocus(goal);
  const title = `"${stripEnd(clean(goal.title))}"`;
  if (focus === "pay") {
    return [{ goalId: goal.id, message: `${title} is about pay. In an interview, frame it around growth and contribution (the skills, scope and results behind it), not the salary; the draft does.` }];
  }
  if (focus === "title") {
    return [{ goalId: goal.id, message: `${title} is about a title. In an interview, frame it around growth and contribution (the people, scope and results you want to take on), not the title; the draft does.` }];
  }
  return [];
}

// --- Choosing goals ------------------------------------------------------------------------------

function pickGoals(kind: AnswerKind, goals: AnswerGoal[]): { picked: AnswerGoal[]; fallback: boolean } {
  // Preferred horizon first, then goals that tell well (not about pay or title), then horizon, nearest deadline, id.
  const byPreference = (preferred: (goal: AnswerGoal) => boolean, horizonOrder: (goal: AnswerGoal) => number) =>
    [...goals].sort((a, b) => Number(preferred(b)) - Number(preferred(a)) || Number(goalFocus(a) !== null) - Number(goalFocus(b) !== null) || horizonOrder(a) - horizonOrder(b) || compare(a.deadline, b.deadline) || compare(a.id, b.id) || compare(a.title, b.title));
  if (kind === "LONG_TERM") {
    const sorted = byPreference(
      (goal) => goal.horizonYears >= 5,
      (goal) => -goal.horizonYears,
    );
    const preferred = sorted.filter((goal) => goal.horizonYears >= 5);
    return preferred.length > 0 ? { picked: preferred.slice(0, 2), fallback: false } : { picked: sorted.slice(0, 2), fallback: true };
  }
  if (kind === "SHORT_TERM") {
    const sorted = byPreference(
      (goal) => goal.horizonYears === 1,
      (goal) => goal.horizonYears,
    );
    const preferred = sorted.filter((goal) => goal.horizonYears === 1);
    return preferred.length > 0 ? { picked: preferred.slice(0, 2), fallback: false } : { picked: sorted.slice(0, 1), fallback: true };
  }
  // Networking: one goal, the clearest story to tell: not about pay or title if possible, nearest first.
  const sorted = byPreference(
    (goal) => goalFocus(goal) === null,
    (goal) => goal.horizonYears,
  );
  return { picked: sorted.slice(0, 1), fallback: false };
}

// --- Writing ---------------------------------------------------------------------------------

type Context = { role: string; company: string; today: string };

function longTermBody(goals: AnswerGoal[], fallback: boolean, context: Context): string[] {
  const [first, ...rest] = goals;
  if (!first) return [EMPTY_ANSWER_BODY];
  const lines = fallback ? [`I'm still shaping my long-term plan, but it starts with what I'm focused on over the next year: ${intent(first, context.today, "first")}${reason(first)}.`] : [`${overTheNext(first.horizonYears)}, ${intent(first, context.today, "first")}${reason(first)}.`];
  for (const goal of rest) lines.push(`${capitalize(intent(goal, context.today, "also"))}.`);
  const target = roleReference(context);
  if (target) lines.push(`That's why ${target} appeals to me: it's where I can grow toward that while contributing from day one.`);
  else lines.push(...closingLine(goals, context.today));
  return lines;
}

function shortTermBody(goals: AnswerGoal[], fallback: boolean, context: Context): string[] {
  const [first, ...rest] = goals;
  if (!first) return [EMPTY_ANSWER_BODY];
  const lines = fallback ? [`My short-term focus is making real progress toward a bigger goal: ${overTheNext(first.horizonYears).toLowerCase()}, ${intent(first, context.today, "first")}${reason(first)}.`] : [`Over the next year, ${intent(first, context.today, "first")}${reason(first)}.`];
  for (const goal of rest) lines.push(`${capitalize(intent(goal, context.today, "also"))}.`);
  const target = roleReference(context);
  if (target) lines.push(`${capitalize(target)} is a natural next step for that: I'd be contributing from day one while building toward it.`);
  else lines.push(...closingLine(goals, context.today));
  return lines;
}

function networkingBody(goals: AnswerGoal[], _fallback: boolean, context: Context): string[] {
  const [goal] = goals;
  if (!goal) return [EMPTY_ANSWER_BODY];
  const lines = [`${overTheNext(goal.horizonYears)}, ${intent(goal, context.today, "first")}.`];
  const { role, company } = context;
  if (role && company) lines.push(`That's what draws me to roles like ${role} at ${company}.`);
  else if (role) lines.push(`That's what draws me to ${role} roles.`);
  else if (company) lines.push(`That's what draws me to ${company}.`);
  if (role) lines.push(`Would you be open to a 20-minute call about how you moved into a role like ${role}?`);
  else if (company) lines.push(`Would you be open to a 20-minute call about what it's like to work at ${company}?`);
  else lines.push("Would you be open to a 20-minute call about how you got to where you are, and what you'd do in my place?");
  return lines;
}

/** Says the goals are tracked only when every one of them has a measure and a deadline still ahead. */
function closingLine(goals: AnswerGoal[], today: string): string[] {
  const tracked = goals.every((goal) => clean(goal.measure) !== "" && isValidCalendarDate(goal.deadline) && goal.deadline >= today);
  if (!tracked) return [];
  return [goals.length > 1 ? "Each has a clear measure and a deadline, so I can see whether I'm on track and adjust." : "It has a clear measure and a deadline, so I can see whether I'm on track and adjust."];
}

/**
 * The goal as a first-person clause: "I want to publish one article every week by June 2027".
 * Pay and title goals are told as the growth and contribution behind them, never the figure.
 */
function intent(goal: AnswerGoal, today: string, position: "first" | "also"): string {
  const focus = goalFocus(goal);
  const want = position === "first" ? "I want to" : "I also want to";
  // The reframes leave out the deadline too: "…to the business by June 2028" would read as the money again.
  if (focus === "pay") return `${want} grow into work with more scope and impact, where my skills make a measurable difference to the business`;
  if (focus === "title") {
    const leads = LEADS_PEOPLE.test([goal.title, goal.specific].join(" ")) || goal.category === "LEADERSHIP";
    return leads ? `${want} grow into leading people and owning bigger outcomes, helping a team do its best work` : `${want} take on more responsibility and deepen my craft, owning larger and more complex pieces of work`;
  }
  const { text, verbLed } = readTitle(goal.title);
  const when = timing(goal, today, text);
  if (verbLed) return `${want} ${text}${when}`;
  return `${position === "first" ? "I'm working toward" : "I'm also working toward"} ${text}${when}`;
}

/** "I want to publish one article a week." → "publish one article a week": no lead-in, no end punctuation, first letter lower-cased unless it starts an acronym. */
export function paraphrase(title: string): string {
  return readTitle(title).text;
}

const LEAD_IN = /^(?:i(?:\s+(?:want|would\s+like|plan|aim|hope|intend)|['’]d\s+like)\s+to|i\s+will|i['’]ll|my\s+goal\s+is\s+to|goal:|to)\s+/i;

function readTitle(title: string): { text: string; verbLed: boolean } {
  const trimmed = stripEnd(clean(title));
  // A stripped "I want to" proves a verb follows even when it is not in the verb list.
  const hadLeadIn = LEAD_IN.test(trimmed);
  const text = trimmed.replace(LEAD_IN, "");
  const [firstWord = ""] = text.split(/\s+/);
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase() && /\p{Lu}/u.test(firstWord);
  const lowered = acronym || firstWord === "I" ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return { text: lowered, verbLed: hadLeadIn || VERBS.has(firstWord.toLowerCase()) };
}

function timing(goal: AnswerGoal, today: string, phrase: string): string {
  if (findTimePhrase(phrase, today)) return "";
  if (!isValidCalendarDate(goal.deadline) || goal.deadline < today) return "";
  return ` by ${formatMonthYear(goal.deadline)}`;
}

/** ", because writing clarifies my thinking", from the goal's Relevant answer when it is short and not about money. */
function reason(goal: AnswerGoal): string {
  const text = stripEnd(clean(goal.relevant));
  if (!text || text.split(/\s+/).length > 25 || PAY.test(text) || TITLE.test(text)) return "";
  const because = text.replace(/^because\s+/i, "");
  if (/^so\s+(?:that\s+)?i\b/i.test(because)) return `, ${because.charAt(0).toLowerCase()}${because.slice(1)}`;
  if (/^to\s/i.test(because)) return `, because I want ${because.charAt(0).toLowerCase()}${because.slice(1)}`;
  if (/^(?:i|i'm|i've|i'd)\b/i.test(because)) return `, because I${because.slice(1)}`;
  return `, because ${paraphrase(because)}`;
}

/** "the Designer role at Acme", "a Designer role", "Acme", or "" when neither is given. */
function roleReference({ role, company }: Context): string {
  if (role && company) return `the ${role} role at ${company}`;
  if (role) return withArticle(`${role} role`);
  return company;
}

function overTheNext(years: Horizon): string {
  return years === 1 ? "Over the next year" : `Over the next ${NUMBER_WORDS[years] ?? years} years`;
}

function withArticle(phrase: string): string {
  return /^(?:[aeio]|u[^nsx])/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function stripEnd(text: string): string {
  return text.replace(/[\s.!?,;:…]+$/u, "");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
