// Reads the quantities, time phrases and vague words out of a goal statement as people write
// them ("$120k a year", "two talks a month", "by end of Q3", "before I turn 40", "more").
// Pure and deterministic: "today" is always passed in as 'YYYY-MM-DD'.
import { addDays, addMonths, toCalendarDate, lastDayOfMonth, parseCalendarDate } from "@/lib/time/calendar-math";

export type Period = "day" | "week" | "month" | "quarter" | "year";

type Span = { text: string; index: number };

type AmountValue = { kind: "money"; value: number; currency: string; per?: Period } | { kind: "percent"; value: number } | { kind: "count"; value: number; unit: string; per?: Period } | { kind: "number"; value: number; per?: Period } | { kind: "range"; from: number; to: number } | { kind: "relative"; factor: number };

export type Amount = Span & AmountValue;

export type TimePhrase = Span &
  (
    | { kind: "date"; deadline: string } // "by March 2027": a day can be put on the calendar
    | { kind: "age"; age: number } // "before I turn 40": needs a birthday to date
    | { kind: "vague" } // "someday", "soon", "in a few years"
    | { kind: "cadence"; period: Period; every: number } // "every week": how often, not by when
  );

export type VagueWord = Span & { word: string };

// ---------------------------------------------------------------------------------------------
// Numbers

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_WORDS = UNITS.slice(1, 10).join("|");
const NUMBER_WORD = `(?:(?:${Object.keys(TENS).join("|")})(?:[- ](?:${UNIT_WORDS}))?|${UNITS.slice(1).join("|")})`;
const DIGITS = String.raw`(?<![\p{L}\p{N}_.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:(?:k|mm|m|bn)\b|\s+(?:thousand|million|billion))`;
const DIGIT_NUMBER = `${DIGITS}${SCALE}?`;
const WORD_NUMBER = String.raw`\b(?:half\s+a\s+dozen|a\s+dozen|a\s+couple\s+of|a\s+hundred|a\s+thousand|${NUMBER_WORD}(?:\s+(?:hundred|thousand|million|billion))?)\b`;
const NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER})`;

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, bn: 1e9, billion: 1e9, hundred: 100 };

/** Parses "120,000", "1.5 million", "$120k" digits, "twenty-five", "a dozen"; null if not a number. */
export function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, " ").trim();
  const fixed: Record<string, number> = { "half a dozen": 6, "a dozen": 12, "a couple of": 2, "a hundred": 100, "a thousand": 1000 };
  if (text in fixed) return fixed[text] ?? null;
  const scaled = /^(.+?)\s*(k|mm|m|bn|thousand|million|billion|hundred)$/.exec(text);
  const base = scaled ? parseBaseNumber(scaled[1] ?? "") : null;
  if (scaled && base !== null) return base * (SCALES[scaled[2] ?? ""] ?? 1);
  return parseBaseNumber(text);
}

function parseBaseNumber(text: string): number | null {
  if (/^\d[\d,]*(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  return /^[a-z]+(?:[- ][a-z]+)?$/.test(text) ? parseNumberWord(text) : null;
}

function parseNumberWord(word: string): number | null {
  const [first = "", second] = word.split(/[- ]/);
  const unit = UNITS.indexOf(first);
  if (unit >= 0 && second === undefined) return unit;
  const tens = TENS[first];
  if (tens === undefined) return null;
  if (second === undefined) return tens;
  const ones = UNITS.indexOf(second);
  return ones >= 1 && ones <= 9 ? tens + ones : null;
}

// ---------------------------------------------------------------------------------------------
// Time phrases

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20|21)\d\d)(?![\d-])`;
const EDGE = String.raw`(?:(?:the\s+)?(end|start|beginning|middle)\s+of\s+)`;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: 4 };
const PERIODS: Record<string, Period> = { day: "day", week: "week", wk: "week", month: "month", mo: "month", quarter: "quarter", year: "year", yr: "year", annum: "year" };
const ADVERB_PERIODS: Record<string, Period> = { daily: "day", weekly: "week", monthly: "month", quarterly: "quarter", yearly: "year", annually: "year" };

type Edge = "by" | "before" | "start" | "middle";
type PhraseMeaning = { kind: "date"; resolve: (today: string) => string | null } | { kind: "age"; age: number } | { kind: "vague" } | { kind: "cadence"; period: Period; every: number };
type RawPhrase = Span & { end: number } & PhraseMeaning;

type Rule = { pattern: RegExp; build: (match: RegExpExecArray) => PhraseMeaning | null };

function edgeOf(lead: string | undefined, edge: string | undefined): Edge {
  if (edge === "start" || edge === "beginning") return lead?.toLowerCase() === "before" ? "before" : "start";
  if (edge === "middle") return "middle";
  if (edge === "end") return "by";
  return lead?.toLowerCase() === "before" ? "before" : "by";
}

/** The day a phrase means for a period [first, last]: "by"/"end of" → last; "before" → the day before first. */
function pick(first: string, last: string, edge: Edge): string {
  if (edge === "before") return addDays(first, -1);
  if (edge === "start") return first;
  if (edge === "middle") {
    const a = parseCalendarDate(first);
    const b = parseCalendarDate(last);
    if (!a || !b) return last;
    // Middle of a year is June 30; middle of a month is the 15th.
    return a.month === b.month ? toCalendarDate({ ...a, day: 15 }) : lastDayOfMonth(a.year, a.month + Math.floor((b.month - a.month) / 2));
  }
  return last;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

function yearOf(today: string): number {
  return parseCalendarDate(today)?.year ?? 0;
}

/** The next period (this year's or next year's) that is still usable as a deadline from today. */
function nextOccurrence(today: string, edge: Edge, period: (year: number) => [string, string]): string {
  const year = yearOf(today);
  const [first, last] = period(year);
  // "before March" needs March still ahead; "by March" is fine while March has not ended.
  const stillAhead = edge === "before" || edge === "start" ? first > today : last >= today;
  const [nextFirst, nextLast] = stillAhead ? [first, last] : period(year + 1);
  return pick(nextFirst, nextLast, edge);
}

const monthPeriod =
  (month: number) =>
  (year: number): [string, string] => [toCalendarDate({ year, month, day: 1 }), lastDayOfMonth(year, month)];
const quarterPeriod =
  (quarter: number) =>
  (year: number): [string, string] => [toCalendarDate({ year, month: quarter * 3 - 2, day: 1 }), lastDayOfMonth(year, quarter * 3)];
const yearPeriod = (year: number): [string, string] => [`${year}-01-01`, `${year}-12-31`];

function exactDay(year: string | undefined, month: string | undefined, day: string | undefined, lead: string | undefined): PhraseMeaning | null {
  const date = toCalendarDate({ year: Number(year), month: monthIndex(month ?? ""), day: Number(day) });
  if (!parseCalendarDate(date)) return null;
  return { kind: "date", resolve: () => (lead?.toLowerCase() === "before" ? addDays(date, -1) : date) };
}

function durationUnit(unit: string): { months: number } | { days: number } {
  const u = unit.toLowerCase();
  if (u.startsWith("year")) return { months: 12 };
  if (u.startsWith("month")) return { months: 1 };
  if (u.startsWith("week")) return { days: 7 };
  return { days: 1 };
}

function after(amount: number, unit: string) {
  const step = durationUnit(unit);
  return (today: string) => ("months" in step ? addMonths(today, Math.round(amount * step.months)) : addDays(today, Math.round(amount * step.days)));
}

const COUNT = String.raw`(\d+(?:\.\d+)?|${NUMBER_WORD}|a\s+couple\s+of|a|an)`;
const DURATION_UNIT = String.raw`(days?|weeks?|months?|years?)`;
const CONJUNCTION_AHEAD = String.raw`(?=\s*(?:$|[.,;:!?)]|(?:and|or|but|so|with|while|because|if)\b))`;

function countValue(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, " ");
  if (text === "a" || text === "an") return 1;
  return parseNumber(text);
}

// Order matters: an earlier rule wins when two matches overlap.
const RULES: Rule[] = [
  // "2027-03-31", "by 2027-03-31"
  { pattern: /\b(?:(by|before|until|till|on)\s+)?(\d{4}-\d{2}-\d{2})\b/giu, build: (m) => (parseCalendarDate(m[2] ?? "") ? { kind: "date", resolve: () => (m[1]?.toLowerCase() === "before" ? addDays(m[2] ?? "", -1) : (m[2] ?? "")) } : null) },
  // "15 March 2027", "the 1st of June, 2027"
  { pattern: new RegExp(String.raw`\b(?:(by|before|until|till|on)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, "giu"), build: (m) => exactDay(m[4], m[3], m[2], m[1]) },
  // "March 15, 2027"
  { pattern: new RegExp(String.raw`\b(?:(by|before|until|till|on)\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}`, "giu"), build: (m) => exactDay(m[4], m[2], m[3], m[1]) },
  // "by March 2027", "end of June 2026", "before September 2027"
  {
    pattern: new RegExp(String.raw`\b(?:(by|before|until|till|in|during|no\s+later\s+than)\s+)?${EDGE}?${MONTH},?\s+(?:of\s+)?${YEAR}`, "giu"),
    build: (m) => {
      const month = monthIndex(m[3] ?? "");
      const year = Number(m[4]);
      return { kind: "date", resolve: () => pick(...monthPeriod(month)(year), edgeOf(m[1], m[2]?.toLowerCase())) };
    },
  },
  // "by end of Q3", "in Q1 2027", "by the third quarter of next year"
  {
    pattern: /\b(?:(by|before|in|during|until|till)\s+)?(?:(?:the\s+)?(end|start|beginning|middle)\s+of\s+)?(?:the\s+)?(?:q([1-4])|(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?:((?:19|20|21)\d\d)\b|(this|next)\s+year))?/giu,
    build: (m) => {
      const quarter = m[3] ? Number(m[3]) : (ORDINAL_QUARTER[(m[4] ?? "").toLowerCase()] ?? 4);
      const edge = edgeOf(m[1], m[2]?.toLowerCase());
      return {
        kind: "date",
        resolve: (today) => {
          if (m[5]) return pick(...quarterPeriod(quarter)(Number(m[5])), edge);
          if (m[6]) return pick(...quarterPeriod(quarter)(yearOf(today) + (m[6].toLowerCase() === "next" ? 1 : 0)), edge);
          return nextOccurrence(today, edge, quarterPeriod(quarter));
        },
      };
    },
  },
  // "by 2028", "in 2027", "before 2030", "by the end of 2027", "mid-2027"
  {
    pattern: new RegExp(String.raw`\b(?:(by|before|until|till|in|during|no\s+later\s+than)\s+)?(?:${EDGE}|(mid)[- ]?)?${YEAR}`, "giu"),
    build: (m) => {
      if (!m[1] && !m[2] && !m[3]) return null; // a bare year ("the 2026 marathon") is not a deadline
      const year = Number(m[4]);
      const edge = m[3] ? "middle" : edgeOf(m[1], m[2]?.toLowerCase());
      return { kind: "date", resolve: () => pick(...yearPeriod(year), edge) };
    },
  },
  // Vague: "someday", "in a few years"
  {
    pattern:
      /\b(?:someday|some\s+day|one\s+day(?!\s+(?:a|an|per|each|every)\b)|eventually|soon|sooner\s+or\s+later|asap|as\s+soon\s+as\s+possible|at\s+some\s+point|in\s+the\s+(?:near\s+|distant\s+)?future|in\s+(?:a\s+few|several|some|the\s+next\s+few|the\s+coming)\s+(?:days|weeks|months|years)|before\s+long|in\s+the\s+long\s+run|later\s+in\s+life)\b/giu,
    build: () => ({ kind: "vague" }),
  },
  // Durations from today: "within 6 months", "in 2 years", "in the next 18 months", "over the next year", "3 years from now"
  {
    pattern: new RegExp(String.raw`\b(?:within|in|over|during|for)\s+(?:the\s+)?(?:next|coming|following)\s+(?:${COUNT}\s+)?${DURATION_UNIT}\b`, "giu"),
    build: (m) => {
      const amount = m[1] ? countValue(m[1]) : 1;
      return amount === null ? null : { kind: "date", resolve: after(amount, m[2] ?? "") };
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:within|in)\s+(?:the\s+)?${COUNT}\s+${DURATION_UNIT}(\s+and\s+a\s+half)?(?:['’]?\s+time)?\b`, "giu"),
    build: (m) => {
      const amount = countValue(m[1] ?? "");
      return amount === null ? null : { kind: "date", resolve: after(amount + (m[3] ? 0.5 : 0), m[2] ?? "") };
    },
  },
  {
    pattern: new RegExp(String.raw`\b${COUNT}\s+${DURATION_UNIT}\s+from\s+(?:now|today)\b`, "giu"),
    build: (m) => {
      const amount = countValue(m[1] ?? "");
      return amount === null ? null : { kind: "date", resolve: after(amount, m[2] ?? "") };
    },
  },
  // "by the end of the year", "this year", "by next year", "end of next month", "by year-end"
  {
    pattern: /\b(?:(by|before|until|till|in|during|within)\s+)?(?:(?:the\s+)?(end|start|beginning|middle)\s+of\s+)?(the|this|next|(?:the\s+)?(?:current|following|coming))\s+(year|month|quarter)\b(?:[- ]end\b)?/giu,
    build: (m) => {
      const which = (m[3] ?? "").toLowerCase();
      if (which === "the" && !m[2]) return null; // "in the year" is not a time phrase
      const next = /next|following|coming/.test(which);
      const unit = (m[4] ?? "").toLowerCase();
      const edge = edgeOf(m[1], m[2]?.toLowerCase());
      return {
        kind: "date",
        resolve: (today) => {
          const now = parseCalendarDate(today);
          if (!now) return null;
          if (unit === "year") return pick(...yearPeriod(now.year + (next ? 1 : 0)), edge);
          if (unit === "month") {
            const first = addMonths(toCalendarDate({ ...now, day: 1 }), next ? 1 : 0);
            const parts = parseCalendarDate(first);
            return parts ? pick(first, lastDayOfMonth(parts.year, parts.month), edge) : null;
          }
          const quarter = Math.ceil(now.month / 3) + (next ? 1 : 0);
          return pick(...quarterPeriod(quarter > 4 ? 1 : quarter)(now.year + (quarter > 4 ? 1 : 0)), edge);
        },
      };
    },
  },
  { pattern: /\b(?:by\s+)?(?:the\s+)?(year|month|quarter)[- ]end\b/giu, build: (m) => ({ kind: "date", resolve: (today) => endOfCurrent((m[1] ?? "").toLowerCase(), today) }) },
  // "by March", "before September", "end of June" (no year: the next one still ahead)
  {
    pattern: new RegExp(String.raw`\b(?:(by|before|until|till|in|during)\s+(?:${EDGE})?|${EDGE})${MONTH}\b(?!\s*,?\s*\d)`, "giu"),
    build: (m) => {
      const month = monthIndex(m[4] ?? "");
      const edge = edgeOf(m[1], (m[2] ?? m[3])?.toLowerCase());
      return { kind: "date", resolve: (today) => nextOccurrence(today, edge, monthPeriod(month)) };
    },
  },
  // Age: "before I turn 40", "by age 40", "by my 40th birthday", "by the time I'm 40", "retire by 55"
  { pattern: /\b(?:before|by|until)\s+(?:i\s+)?(?:turn|turning|hit|reach)\s+(\d{2,3})\b/giu, build: (m) => ({ kind: "age", age: Number(m[1]) }) },
  { pattern: /\b(?:by|before|at|until)\s+(?:the\s+)?age\s+(?:of\s+)?(\d{2,3})\b/giu, build: (m) => ({ kind: "age", age: Number(m[1]) }) },
  { pattern: /\b(?:by|before)\s+(?:my\s+)?(\d{2,3})(?:st|nd|rd|th)\s+birthday\b/giu, build: (m) => ({ kind: "age", age: Number(m[1]) }) },
  { pattern: /\b(?:(?:by|before)\s+the\s+time|when)\s+i(?:'m|’m|\s+am|\s+turn|\s+reach)\s+(\d{2,3})\b/giu, build: (m) => ({ kind: "age", age: Number(m[1]) }) },
  { pattern: new RegExp(String.raw`\b(?:by|before|at)\s+(\d{2})${CONJUNCTION_AHEAD}`, "giu"), build: (m) => (Number(m[1]) >= 16 ? { kind: "age", age: Number(m[1]) } : null) },
  // Cadences: "every week", "each month", "per year", "every 2 weeks", "a month" (after a count), "weekly"
  {
    pattern: new RegExp(String.raw`\b(?:every|each|per)\s+(other\s+)?(?:(\d+|${NUMBER_WORD})\s+)?(day|week|month|quarter|year|annum)s?\b`, "giu"),
    build: (m) => cadence(m[3] ?? "", m[1] ? 2 : m[2] ? parseNumber(m[2]) : 1),
  },
  {
    pattern: /(?<!\b(?:in|within|for|over|during|after|about|almost|nearly|than|of|take|taking|spend|spending)\s+)\b(?:a|an)\s+(day|week|month|quarter|year)\b(?!\s+(?:off|of|and|from|ago|later|old|or|abroad|out)\b)/giu,
    build: (m) => cadence(m[1] ?? "", 1),
  },
  { pattern: /\/\s*(day|week|wk|month|mo|quarter|year|yr)\b/giu, build: (m) => cadence(m[1] ?? "", 1) },
  { pattern: /\b(daily|weekly|monthly|quarterly|yearly|annually)\b|\bp\.a\.(?!\w)/giu, build: (m) => ({ kind: "cadence", period: ADVERB_PERIODS[(m[1] ?? "").toLowerCase()] ?? "year", every: 1 }) },
];

function cadence(unit: string, every: number | null): PhraseMeaning | null {
  const period = PERIODS[unit.toLowerCase()];
  return period && every ? { kind: "cadence", period, every } : null;
}

function endOfCurrent(unit: string, today: string): string | null {
  const now = parseCalendarDate(today);
  if (!now) return null;
  if (unit === "year") return `${now.year}-12-31`;
  if (unit === "month") return lastDayOfMonth(now.year, now.month);
  return lastDayOfMonth(now.year, Math.ceil(now.month / 3) * 3);
}

function scanTimePhrases(text: string): RawPhrase[] {
  const found: RawPhrase[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((phrase) => index < phrase.end && phrase.index < end)) continue;
      const built = rule.build(match);
      if (built) found.push({ ...built, text: match[0], index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Every time phrase in the text, in reading order. Dates are resolved against `today`. */
export function findTimePhrases(text: string, today: string): TimePhrase[] {
  if (!parseCalendarDate(today)) throw new RangeError(`today must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const phrases: TimePhrase[] = [];
  for (const raw of scanTimePhrases(text)) {
    const span = { text: raw.text.trim(), index: raw.index };
    if (raw.kind === "date") {
      const deadline = raw.resolve(today);
      if (deadline && parseCalendarDate(deadline)) phrases.push({ ...span, kind: "date", deadline });
    } else if (raw.kind === "age") phrases.push({ ...span, kind: "age", age: raw.age });
    else if (raw.kind === "vague") phrases.push({ ...span, kind: "vague" });
    else phrases.push({ ...span, kind: "cadence", period: raw.period, every: raw.every });
  }
  return phrases;
}

/** The phrase that best says by when: the first date, else an age, else a vague time, else a cadence. */
export function findTimePhrase(text: string, today: string): TimePhrase | null {
  const phrases = findTimePhrases(text, today);
  for (const kind of ["date", "age", "vague", "cadence"] as const) {
    const phrase = phrases.find((candidate) => candidate.kind === kind);
    if (phrase) return phrase;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Amounts

// "$" is read as USD: the currency only labels the amount, nothing converts it.
const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
const CURRENCY_WORDS: Record<string, string> = { dollar: "USD", dollars: "USD", bucks: "USD", euro: "EUR", euros: "EUR", quid: "GBP" };
const CODE = "usd|eur|gbp|cad|aud|chf|inr|jpy|nzd|sgd";
const NOT_A_UNIT = new Set("a an the of to and or but by in on at for with from into as is are was be than per each every i my me we our it that this so if then when while percent pct".split(" "));

// `needsCadence`: "twice" or "an article" is a quantity only with a cadence ("twice a week").
type AmountRule = { pattern: RegExp; build: (match: RegExpExecArray) => AmountValue | null; needsCadence?: true };

const AMOUNT_RULES: AmountRule[] = [
  // "from 10 to 2 hours", "from $80k to $120k"
  {
    pattern: new RegExp(String.raw`\bfrom\s+[$€£]?(${NUMBER})\s*%?(?:\s+[\p{L}]+)?\s+(?:down\s+|up\s+)?to\s+[$€£]?(${NUMBER})`, "giu"),
    build: (m) => {
      const from = parseNumber(m[1] ?? "");
      const to = parseNumber(m[2] ?? "");
      return from === null || to === null ? null : { kind: "range", from, to };
    },
  },
  // "$120k", "€80,000", "USD 90,000", "120000 USD", "80k€", "two million dollars"
  {
    pattern: new RegExp(String.raw`(?:([$€£¥₹])\s?|\b(${CODE})\s?)(${DIGIT_NUMBER})|(${DIGIT_NUMBER})\s?([€£¥₹$])|(${NUMBER})\s*(${CODE}|dollars?|euros?|bucks|quid)\b`, "giu"),
    build: (m) => {
      const value = parseNumber(m[3] ?? m[4] ?? m[6] ?? "");
      const marker = (m[1] ?? m[2] ?? m[5] ?? m[7] ?? "").toLowerCase();
      const currency = CURRENCY_SYMBOLS[marker] ?? CURRENCY_WORDS[marker] ?? marker.toUpperCase();
      return value === null ? null : { kind: "money", value, currency };
    },
  },
  // "20%", "15 percent"
  { pattern: new RegExp(String.raw`(${NUMBER})\s?(?:%|percent\b|per\s+cent\b|pct\b)`, "giu"), build: (m) => withValue(m[1], (value) => ({ kind: "percent", value })) },
  // "double my salary", "10x", "cut it in half", "twice as many"
  {
    pattern: /\b(doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|in\s+half|by\s+half|twice\s+as)\b|(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?x\b/giu,
    build: (m) => {
      if (m[2]) return { kind: "relative", factor: Number(m[2]) };
      const word = (m[1] ?? "").toLowerCase();
      const factor = word.startsWith("doubl") || word.startsWith("twice") ? 2 : word.startsWith("tripl") ? 3 : word.startsWith("quadrupl") ? 4 : 0.5;
      return { kind: "relative", factor };
    },
  },
  // "two talks", "5 new clients", "a dozen clients", "1.5 million users", "3 times"
  {
    pattern: new RegExp(String.raw`(?<!\b(?:the|no|any|every|each|which|that|some)\s+)(${NUMBER})(?:\s+(?:more|new|extra|additional|other)\b)?(?:\s+([\p{L}][\p{L}'’-]*))?`, "giu"),
    build: (m) => {
      const raw = m[1] ?? "";
      const value = parseNumber(raw);
      if (value === null) return null;
      const unit = (m[2] ?? "").toLowerCase();
      const scaled = /[a-z]$/i.test(raw.trim()) && /\d/.test(raw);
      if (/^\d{4}$/.test(raw.trim()) && value >= 1900 && value < 2200) return null; // a year, not a count
      if (unit && !NOT_A_UNIT.has(unit)) return { kind: "count", value, unit };
      return scaled || /\s(?:thousand|million|billion)$/i.test(raw) ? { kind: "number", value } : null;
    },
  },
  // "reach 50", "to 10,000", "at least 30"
  { pattern: new RegExp(String.raw`\b(?:to|reach|reaching|hit|hitting|at\s+least|over|above|under|below|than)\s+(${DIGIT_NUMBER})`, "giu"), build: (m) => withValue(m[1], (value) => ({ kind: "number", value })) },
  // "once a week", "twice a month"
  { pattern: /\b(once|twice|thrice)\b/giu, build: (m) => ({ kind: "count", value: ONCE[(m[1] ?? "").toLowerCase()] ?? 1, unit: "times" }), needsCadence: true },
  // "an article every week"
  { pattern: /\b(?:a|an)\s+([\p{L}][\p{L}'’-]*)/giu, build: (m) => ({ kind: "count", value: 1, unit: (m[1] ?? "").toLowerCase() }), needsCadence: true },
];

const ONCE: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

function withValue(raw: string | undefined, make: (value: number) => AmountValue): AmountValue | null {
  const value = parseNumber(raw ?? "");
  return value === null ? null : make(value);
}

/**
 * Every quantity in the text: money, percentages, counts (with their cadence when one follows,
 * "two talks a month"), ranges and relative changes. Numbers inside time phrases ("within 6
 * months", "by 2028", "before I turn 40") are not quantities.
 */
export function findAmounts(text: string): Amount[] {
  const phrases = scanTimePhrases(text);
  let masked = text;
  for (const phrase of phrases) masked = masked.slice(0, phrase.index) + " ".repeat(phrase.end - phrase.index) + masked.slice(phrase.end);
  const found: { amount: Amount; end: number; needsCadence: boolean }[] = [];
  for (const rule of AMOUNT_RULES) {
    for (const match of masked.matchAll(rule.pattern)) {
      const index = match.index;
      const end = index + match[0].trimEnd().length;
      if (found.some((item) => index < item.end && item.amount.index < end)) continue;
      const built = rule.build(match);
      if (built) found.push({ amount: { ...built, text: text.slice(index, end), index }, end, needsCadence: rule.needsCadence ?? false });
    }
  }
  const amounts: Amount[] = [];
  for (const { amount, end, needsCadence } of found.sort((a, b) => a.amount.index - b.amount.index)) {
    if (amount.kind !== "money" && amount.kind !== "count" && amount.kind !== "number") {
      amounts.push(amount);
      continue;
    }
    const per = cadenceAfter(text, end, phrases);
    if (needsCadence && !per) continue;
    amounts.push(per ? { ...amount, per } : amount);
  }
  return amounts;
}

/** The cadence that follows a quantity within a few words: "two talks a month", "$10k per month". */
function cadenceAfter(text: string, end: number, phrases: RawPhrase[]): Period | undefined {
  for (const phrase of phrases) {
    if (phrase.kind !== "cadence" || phrase.index < end) continue;
    const between = text.slice(end, phrase.index);
    if (/^[\s\p{L}'’-]*$/u.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 3) return phrase.period;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Vague words

/** What to ask for instead of each vague word, completing 'Replace "<word>" with a number: …'. */
export const VAGUE_HINTS: Record<string, string> = {
  more: "how much more, of what?",
  better: "better by how much, measured how?",
  best: "best by what measure?",
  good: "good by what measure?",
  great: "great by what measure?",
  improve: "improve from what to what?",
  successful: "what result would show success?",
  famous: "known by how many people, for what?",
  "well-known": "known by how many people, for what?",
  rich: "how much money, earned or saved, by when?",
  wealthy: "how much money, earned or saved, by when?",
  bigger: "how much bigger, from what to what?",
  big: "how big, in numbers?",
  grow: "grow from what to what?",
  higher: "from what to what?",
  faster: "from what to what?",
  stronger: "from what to what?",
  happier: "what would you count or rate to know?",
  some: "how many exactly?",
  many: "how many exactly?",
  much: "how much exactly?",
  several: "how many exactly?",
  "a few": "how many exactly?",
  "lots of": "how many exactly?",
  "a lot": "how much exactly?",
  "a bunch of": "how many exactly?",
  enough: "how much is enough?",
  things: "which things, how many?",
  stuff: "which things, how many?",
};

const VAGUE_FORMS: [RegExp, string][] = [
  [/\blots\s+of\b/giu, "lots of"],
  [/\ba\s+lot\b/giu, "a lot"],
  [/\ba\s+bunch\s+of\b/giu, "a bunch of"],
  [/\ba\s+few\b/giu, "a few"],
  [/\bimprov(?:e|es|ed|ing)\b/giu, "improve"],
  [/\bgrow(?:s|ing)?\b/giu, "grow"],
  [/\bwell[- ]known\b/giu, "well-known"],
  [/\b(more|better|best|good|great|successful|famous|rich|wealthy|bigger|big|higher|faster|stronger|happier|some|many|much|several|enough|things|stuff)\b/giu, ""],
];

/** Vague words in reading order ("more", "better", "lots of", "improve", "grow", ...). */
export function findVagueWords(text: string): VagueWord[] {
  // A vague time ("in a few years") is the time-bound check's business, not a vague quantity.
  const found: (VagueWord & { end: number })[] = scanTimePhrases(text).map((phrase) => ({ word: "", text: "", index: phrase.index, end: phrase.end }));
  for (const [pattern, word] of VAGUE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((vague) => index < vague.end && vague.index < end)) continue;
      found.push({ word: word || match[0].toLowerCase(), text: match[0], index, end });
    }
  }
  return found
    .filter((vague) => vague.word)
    .sort((a, b) => a.index - b.index)
    .map(({ end: _end, ...vague }) => vague);
}
