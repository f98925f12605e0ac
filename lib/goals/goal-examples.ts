// Worked goals to start from: each one a complete SMART draft (every part filled, so the check
// passes on all five) that people then make their own. Deadlines move with `today`: the end of
// the last month that still fits the horizon, named in the statement so the two always agree.
import { addYears, lastDayOfMonth, parseCalendarDate } from "@/lib/time/calendar-math";
import { formatMonthYear } from "@/lib/time/format";
import type { GoalDraft } from "./goal-draft";
import type { Horizon } from "./horizon";

export const GOAL_EXAMPLE_KEYS = ["switch-industries", "retire-by-55", "advanced-degree", "executive-position", "fully-remote", "consulting-business", "speak-at-conferences"] as const;

export type GoalExampleKey = (typeof GOAL_EXAMPLE_KEYS)[number];

export type GoalExample = {
  key: GoalExampleKey;
  /** The link text: a wish in a few words. */
  label: string;
  draft: GoalDraft;
};

/** The end of the last whole month on or before today + horizon: a deadline the horizon allows. */
export function exampleDeadline(today: string, horizonYears: Horizon): string {
  const limit = addYears(today, horizonYears);
  const parts = parseCalendarDate(limit);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(today)}`);
  const monthEnd = lastDayOfMonth(parts.year, parts.month);
  if (monthEnd <= limit) return monthEnd;
  return parts.month === 1 ? lastDayOfMonth(parts.year - 1, 12) : lastDayOfMonth(parts.year, parts.month - 1);
}

type ExampleSpec = Omit<GoalDraft, "horizonYears" | "deadline" | "visibility" | "title" | "feedbackStyle"> & {
  key: GoalExampleKey;
  label: string;
  horizonYears: Horizon;
  /** The statement, given the deadline month ("October 2027"). */
  title: (by: string) => string;
};

const SPECS: ExampleSpec[] = [
  {
    key: "switch-industries",
    label: "Switch industries",
    category: "EXPERIENCES",
    horizonYears: 1,
    title: (by) => `Move from retail management into a healthcare operations role by ${by}`,
    specific: "A full-time operations coordinator or manager role at a hospital, clinic group or health-tech company, using my experience of scheduling, staffing and budgets.",
    measure: "Signed offer for a healthcare operations role",
    baselineValue: "0",
    targetValue: "1",
    measureUnit: "signed offer",
    attainable: "I already run rotas and budgets for 40 staff. A former colleague works in hospital operations and will introduce me; I will take a short healthcare administration course on weekends.",
    relevant: "I want my work to help people directly, and I value steadier hours than retail allows.",
    reward: "A weekend away by the sea",
  },
  {
    key: "retire-by-55",
    label: "Retire by 55",
    category: "EARNINGS",
    horizonYears: 10,
    title: (by) => `Build a $1.2M investment portfolio by ${by} so I can retire at 55`,
    specific: "Invest 25% of my take-home pay every month in low-cost index funds, and put every raise and bonus towards the portfolio.",
    measure: "Value of my investment portfolio",
    baselineValue: "310000",
    targetValue: "1200000",
    measureUnit: "USD",
    attainable: "I save 15% today; a budget review found another 10%. A fee-only financial planner checks the plan with me once a year.",
    relevant: "Freedom over my time matters more to me than a bigger house: at 55 I want to choose the work I do, or none.",
    reward: "A month travelling through Japan",
  },
  {
    key: "advanced-degree",
    label: "Earn an advanced degree",
    category: "KNOWLEDGE",
    horizonYears: 5,
    title: (by) => `Complete a part-time Master's in Data Science by ${by}`,
    specific: "Enrol in an accredited part-time online programme, take two modules a term and finish with a dissertation on forecasting in logistics.",
    measure: "Credits completed towards the Master's",
    baselineValue: "0",
    targetValue: "180",
    measureUnit: "credits",
    attainable: "My employer pays half the fees and gives me a study day each month; I already use SQL and Python at work.",
    relevant: "I love finding patterns in data, and the degree opens the analytics roles I want next.",
    reward: "A new laptop for the next chapter",
  },
  {
    key: "executive-position",
    label: "Reach an executive position",
    category: "LEADERSHIP",
    horizonYears: 10,
    title: (by) => `Lead an engineering organisation of 50 people as VP of Engineering by ${by}`,
    specific: "Grow from engineering manager to director and then VP at a product company, owning hiring, budget and technical strategy.",
    measure: "People in the engineering organisation I lead",
    baselineValue: "8",
    targetValue: "50",
    measureUnit: "people",
    attainable: "I manage a team of 8 now; my director has agreed to sponsor me, and I will join an executive coaching programme next year.",
    relevant: "Building teams where people do their best work is what I am proudest of, and I want to do it at a larger scale.",
    reward: "A proper watch to mark the promotion",
  },
  {
    key: "fully-remote",
    label: "Work fully remote",
    category: "OTHER",
    horizonYears: 1,
    title: (by) => `Work fully remote as a senior backend developer by ${by}`,
    specific: "Either agree a fully remote arrangement with my current employer or move to a remote-first company at the same seniority and pay.",
    measure: "Days a week I work from home",
    baselineValue: "2",
    targetValue: "5",
    measureUnit: "days",
    attainable: "My team already works across three time zones, my reviews are strong, and two friends at remote-first companies can refer me.",
    relevant: "Without a two-hour commute I get time back with my family and the quiet focus I do my best work in.",
    reward: "A standing desk and a good chair",
  },
  {
    key: "consulting-business",
    label: "Open a consulting business",
    category: "EARNINGS",
    horizonYears: 5,
    title: (by) => `Run my own supply-chain consultancy with 5 retainer clients by ${by}`,
    specific: "Register the business, publish three case studies and win retainer clients among mid-sized manufacturers, first part-time and then full-time.",
    measure: "Clients on a monthly retainer",
    baselineValue: "0",
    targetValue: "5",
    measureUnit: "clients",
    attainable: "Twelve years in procurement give me a network of potential clients; a friend who runs a consultancy will mentor me, and six months of savings cover the switch.",
    relevant: "I want independence and to help smaller companies get the expertise usually only large firms can afford.",
    reward: "A celebration dinner with everyone who helped",
  },
  {
    key: "speak-at-conferences",
    label: "Speak at conferences",
    category: "IMPACT",
    horizonYears: 1,
    title: (by) => `Give 3 talks on accessible design at industry conferences by ${by}`,
    specific: "Submit talk proposals to at least ten design and front-end conferences, drawing on the accessibility audit programme I led.",
    measure: "Conference talks given",
    baselineValue: "0",
    targetValue: "3",
    measureUnit: "talks",
    attainable: "I have given the talk internally twice, and a colleague who speaks regularly will review my proposals and slides.",
    relevant: "Sharing what I learnt helps other teams build products everyone can use, which is why I work in design.",
    reward: "Tickets to a conference just to enjoy it",
  },
];

/** Every example as a draft for the goal form, dated from `today` (YYYY-MM-DD). */
export function goalExamples(today: string): GoalExample[] {
  return SPECS.map(({ key, label, title, horizonYears, ...fields }) => {
    const deadline = exampleDeadline(today, horizonYears);
    return { key, label, draft: { ...fields, title: title(formatMonthYear(deadline)), horizonYears: String(horizonYears), deadline, visibility: "PRIVATE", feedbackStyle: "" } };
  });
}

export function isGoalExampleKey(value: string | undefined): value is GoalExampleKey {
  return GOAL_EXAMPLE_KEYS.includes(value as GoalExampleKey);
}

/** The example with this key, or undefined for anything else (a bad link is simply ignored). */
export function findGoalExample(key: string | undefined, today: string): GoalExample | undefined {
  if (!isGoalExampleKey(key)) return undefined;
  return goalExamples(today).find((example) => example.key === key);
}
