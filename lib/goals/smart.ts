// The SMART check run as the user types a goal: each of the five parts is met or needs work, with
// a concrete suggestion that quotes what the user wrote.
//
// Rules (the statement alone is enough to judge measurable and time-bound):
// - Specific: the statement plus the Specific field have at least 4 meaningful words (not filler
//   like "I want to"), at least 2 of them concrete (not vague words or bare verbs like "get"),
//   and no vague word ("more", "better", "improve") that no number pins down.
// - Measurable: a quantity anywhere in the statement, Specific or Measure (money, percentage,
//   count such as "two talks a month", a range "from 10 to 2", or a relative change "double"),
//   or a Measure field that describes the finish line in at least 3 words (a yes/no outcome).
// - Attainable, Relevant: the field answers in at least 3 words.
// - Time-bound: met when a valid deadline is set that is not in the past and within the
//   horizon's reach (./horizon.ts: the same rule the goal form enforces), OR, with no deadline set, when the statement (or Specific) holds a
//   datable phrase ("by 2028", "within 6 months") whose date passes the same checks; the UI
//   then fills the deadline from `suggestedDeadline`. Ages ("before I turn 40"), vague times
//   ("someday") and cadences ("every week") are not deadlines. A date that fits a shorter
//   horizon (under 1 year for a 5-year goal, under 5 for a 10-year goal) is met, with a note.
// - suggestedDeadline: the date a datable phrase implies, offered only when it would be a valid
//   deadline and differs from the one already set.
import { addYears, isValidCalendarDate } from "@/lib/time/calendar-math";
import { formatMonthYear } from "@/lib/time/format";
import { findAmounts, findTimePhrase, findVagueWords, VAGUE_HINTS, type TimePhrase } from "./smart-parse";
import { beyondHorizonMessage, isWithinHorizon, type Horizon } from "./horizon";

export { isValidCalendarDate };

export type SmartDraft = { statement: string; specific?: string; measure?: string; attainable?: string; relevant?: string; deadline?: string; horizonYears?: Horizon };
export type SmartCheck = { met: boolean; suggestion?: string };
export type SmartAnalysis = { specific: SmartCheck; measurable: SmartCheck; attainable: SmartCheck; relevant: SmartCheck; timeBound: SmartCheck; suggestedDeadline?: string };

const FILLER = new Set(
  (
    "a an the i i'm im i'd i'll i've me my mine myself we our us you your to be been being am is are was were will would should could can may might must shall " +
    "want wanna wish hope like really just very so and or but of at in on for by with within from into onto as it its this that these those do does did " +
    "have has had goal try also than then there their them they he she his her about up out over every each per"
  ).split(" "),
);
const BARE_VERBS = new Set("get become make achieve reach start feel go keep able".split(" "));

const ASK_SPECIFIC = "Say what exactly will be different: which role, skill, amount or result?";
const ASK_ATTAINABLE = "What makes this within reach: skills you have, resources, who can help?";
const ASK_RELEVANT = "Why does this matter to you? Link it to your values or to what you wrote in your reflections.";

export function analyzeSmart(draft: SmartDraft, today: string): SmartAnalysis {
  if (!isValidCalendarDate(today)) throw new RangeError(`today must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const statement = clean(draft.statement);
  const specificText = [statement, clean(draft.specific)].filter(Boolean).join(". ");
  const measure = clean(draft.measure);
  const amounts = findAmounts([specificText, measure].filter(Boolean).join(". "));
  // A vague word is fine once a number says how much ("Earn $10k more").
  const vague = amounts.length === 0 ? findVagueWords(specificText)[0] : undefined;
  const time = assessTime(draft, statement, clean(draft.specific), today);
  return {
    specific: assessSpecific(statement, specificText, vague?.text),
    measurable: assessMeasurable(statement, measure, amounts.length > 0, vague),
    attainable: assessAnswer(clean(draft.attainable), ASK_ATTAINABLE),
    relevant: assessAnswer(clean(draft.relevant), ASK_RELEVANT),
    timeBound: time.check,
    ...(time.suggestedDeadline ? { suggestedDeadline: time.suggestedDeadline } : {}),
  };
}

function assessSpecific(statement: string, text: string, vague: string | undefined): SmartCheck {
  if (!statement) return { met: false, suggestion: "Write your goal in one sentence: what will be different, and by when?" };
  if (vague) return { met: false, suggestion: `"${vague}" is vague. ${ASK_SPECIFIC}` };
  const meaningful = words(text).filter((word) => !FILLER.has(word));
  const concrete = meaningful.filter((word) => !BARE_VERBS.has(word) && findVagueWords(word).length === 0);
  if (meaningful.length >= 4 && concrete.length >= 2) return { met: true };
  return { met: false, suggestion: `${ASK_SPECIFIC} "${quote(statement)}" leaves that open.` };
}

function assessMeasurable(statement: string, measure: string, hasAmount: boolean, vague: { word: string; text: string } | undefined): SmartCheck {
  if (hasAmount || words(measure).length >= 3) return { met: true };
  if (vague) return { met: false, suggestion: `Replace "${vague.text}" with a number: ${VAGUE_HINTS[vague.word] ?? "how much, of what?"}` };
  if (!statement && !measure) return { met: false, suggestion: "Add a number that shows progress: an amount, a count or a percentage." };
  const subject = statement ? `"${quote(statement)}"` : "this goal";
  return { met: false, suggestion: `How will you know ${subject} is done? Add a number (an amount, a count or a percentage) or describe the finish line under Measure.` };
}

function assessAnswer(answer: string, ask: string): SmartCheck {
  const count = words(answer).length;
  if (count >= 3) return { met: true };
  return { met: false, suggestion: count === 0 ? ask : `"${quote(answer)}" is a start. ${ask}` };
}

type DateVerdict = { kind: "past" } | { kind: "beyond"; horizon: Horizon } | { kind: "ok"; shorter?: Horizon };

function judgeDate(date: string, today: string, horizon: Horizon | undefined): DateVerdict {
  if (date < today) return { kind: "past" };
  if (horizon && !isWithinHorizon(date, today, horizon)) return { kind: "beyond", horizon };
  const shorter = horizon === 10 ? 5 : horizon === 5 ? 1 : undefined;
  return shorter && date <= addYears(today, shorter) ? { kind: "ok", shorter } : { kind: "ok" };
}

function assessTime(draft: SmartDraft, statement: string, specific: string, today: string): { check: SmartCheck; suggestedDeadline?: string } {
  const horizon = draft.horizonYears;
  const deadline = clean(draft.deadline);
  const phrase = findTimePhrase(statement, today) ?? findTimePhrase(specific, today);
  const implied = phrase?.kind === "date" ? { phrase: phrase.text, date: phrase.deadline, verdict: judgeDate(phrase.deadline, today, horizon) } : undefined;
  // Offer the implied date only where it would be a valid deadline the user has not set yet.
  const suggestedDeadline = implied?.verdict.kind === "ok" && implied.date !== deadline ? implied.date : undefined;
  const result = (met: boolean, sentences: (string | undefined)[]) => {
    const suggestion = sentences.filter(Boolean).join(" ");
    return { check: suggestion ? { met, suggestion } : { met }, ...(suggestedDeadline ? { suggestedDeadline } : {}) };
  };

  if (deadline) {
    if (!isValidCalendarDate(deadline)) return result(false, [`"${quote(deadline)}" is not a real date: write it as YYYY-MM-DD, like ${suggestedDeadline ?? addYears(today, horizon ?? 1)}.`]);
    const verdict = judgeDate(deadline, today, horizon);
    if (verdict.kind === "past") return result(false, [`The deadline ${deadline} has already passed: choose ${today} or a later date.`]);
    if (verdict.kind === "beyond") return result(false, [beyondHorizonMessage(deadline, today, verdict.horizon)]);
    if (implied && implied.date !== deadline) return result(true, [`Your statement says "${implied.phrase}" (${implied.date}) but the deadline is ${deadline}: make them agree.`]);
    return result(true, [shorterNote(deadline, verdict.shorter, horizon)]);
  }

  if (implied) {
    const { verdict } = implied;
    const said = `"${implied.phrase}" (${implied.date})`;
    if (verdict.kind === "past") return result(false, [`${said} has already passed: choose ${today} or a later date.`]);
    if (verdict.kind === "beyond") return result(false, [beyondHorizonMessage(said, today, verdict.horizon)]);
    return result(true, [`Set the deadline to ${implied.date} to match "${implied.phrase}".`, shorterNote(implied.date, verdict.shorter, horizon)]);
  }
  return result(false, [missingDeadline(phrase, today, horizon)]);
}

function missingDeadline(phrase: TimePhrase | null, today: string, horizon: Horizon | undefined): string {
  const example = `"by ${formatMonthYear(addYears(today, horizon ?? 1))}"`;
  if (phrase?.kind === "age") return `"${phrase.text}" can't go on a calendar by itself: set the deadline to the date you mean, such as your ${ordinal(phrase.age)} birthday.`;
  if (phrase?.kind === "vague") return `"${phrase.text}" has no date: pick one, like ${example}, and set it as the deadline.`;
  if (phrase?.kind === "cadence") return `"${phrase.text}" says how often, not by when: add an end date, like "for the next 6 months", or set a deadline.`;
  return `Add a deadline: by when will this be done? For example ${example}.`;
}

function shorterNote(date: string, shorter: Horizon | undefined, horizon: Horizon | undefined): string | undefined {
  if (!shorter || !horizon) return undefined;
  return `${date} is within ${shorter === 1 ? "a year" : `${shorter} years`}: this may be a ${shorter}-year goal rather than a ${horizon}-year one.`;
}

function clean(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

function quote(text: string, max = 60): string {
  const trimmed = text.replace(/[.!?,;:\s]+$/u, "");
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}
