// Validation for goal, micro-goal and check-in forms; shared by the forms and the actions.
import { z } from "zod";
import { formatCalendarDate, isCalendarDate } from "@/lib/time/calendar-date";
import { beyondHorizonMessage, isHorizon, isWithinHorizon } from "./horizon";
import { GOAL_CATEGORY_VALUES } from "./categories";
import { STEP_CHOICE_SEPARATOR } from "./step-choice";
import { GOAL_TEXT_LIMITS } from "./text-limits";
import { IF_THEN_LIMITS, ifThenPlanProblem } from "./if-then-plan";

const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

const optionalNumber = z
  .string()
  .trim()
  .transform((value) => value.replace(/[,\s]/g, ""))
  .refine((value) => value === "" || /^-?\d{1,12}(\.\d{1,2})?$/.test(value), "Enter a number, like 120000 or 7.5.")
  .transform((value) => (value === "" ? null : Number(value)));

// One message for an empty date ("Choose a date."), not that and "Enter a real date" as well.
export const CalendarDateSchema = z.string({ error: "Choose a date." }).trim().min(1, { error: "Choose a date.", abort: true }).refine(isCalendarDate, "Enter a real date, like 2027-06-30.");

const optionalCalendarDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDate(value), "Enter a real date, like 2027-06-30.")
  .transform((value) => (value === "" ? null : value));

/** The longest text each goal field takes; the form shows a counter near these, never cuts. */
export { GOAL_TEXT_LIMITS };

export const GoalFormSchema = z.object({
  title: z.string().trim().min(1, "Write your goal in one sentence.").max(GOAL_TEXT_LIMITS.title, `Keep the goal to ${GOAL_TEXT_LIMITS.title} characters; put details under Specific.`),
  category: z.enum(GOAL_CATEGORY_VALUES, { error: "Choose the area this goal belongs to." }),
  horizonYears: z.coerce.number({ error: "Choose a horizon." }).refine(isHorizon, "Choose 1, 5 or 10 years."),
  specific: text(GOAL_TEXT_LIMITS.specific, "Specific"),
  measure: text(GOAL_TEXT_LIMITS.measure, "The measure"),
  baselineValue: optionalNumber,
  targetValue: optionalNumber,
  measureUnit: text(GOAL_TEXT_LIMITS.measureUnit, "The unit"),
  attainable: text(GOAL_TEXT_LIMITS.attainable, "Attainable"),
  relevant: text(GOAL_TEXT_LIMITS.relevant, "Relevant"),
  deadline: CalendarDateSchema,
  visibility: z.enum(["PRIVATE", "BUDDIES"], { error: "Choose who can see this goal." }).default("PRIVATE"),
  reward: text(GOAL_TEXT_LIMITS.reward, "The reward"),
  // "" (not said) → null: neutral prompts for the buddy.
  feedbackStyle: z
    .enum(["", "ENCOURAGEMENT", "CANDID"], { error: "Choose how you would like your buddy's feedback." })
    .default("")
    .transform((value) => (value === "" ? null : value)),
});

export type GoalFormInput = z.infer<typeof GoalFormSchema>;

/**
 * A new goal's deadline cannot already be over (in the owner's time zone), and must fall within
 * its horizon's reach (./horizon.ts, the rule the SMART check explains).
 */
export function newGoalSchema(today: string) {
  return GoalFormSchema.superRefine((goal, context) => {
    if (goal.deadline < today) context.addIssue({ code: "custom", path: ["deadline"], message: "Choose a date that is not in the past." });
    else if (!isWithinHorizon(goal.deadline, today, goal.horizonYears)) context.addIssue({ code: "custom", path: ["deadline"], message: beyondHorizonMessage(goal.deadline, today, goal.horizonYears) });
  });
}

export const MicroGoalFormSchema = z.object({
  title: z.string().trim().min(1, "Name the step.").max(160, "Keep the step to 160 characters."),
  actionPlan: text(4000, "The action plan"),
  deadline: optionalCalendarDate,
  obstacle: text(IF_THEN_LIMITS.obstacle, "The obstacle").default(""),
  // Guidance, not a gate on length alone: the message says what the plan still needs.
  ifThenPlan: text(IF_THEN_LIMITS.ifThenPlan, "The if-then plan")
    .default("")
    .superRefine((plan, context) => {
      const problem = ifThenPlanProblem(plan);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  // The cue: a weekday (1 = Monday … 7 = Sunday) and/or a local time ("08:30").
  cueWeekday: z
    .enum(["", "1", "2", "3", "4", "5", "6", "7"], { error: "Choose a day of the week, or none." })
    .default("")
    .transform((value) => (value === "" ? null : Number(value))),
  cueTime: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), "Enter a time like 08:30, or leave it empty.")
    .transform((value) => (value === "" ? null : Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)))),
});

/**
 * A new step cannot be due in the past: it would show as overdue the moment it is added. An
 * existing step keeps its date when edited (plans slip), so editing uses MicroGoalFormSchema.
 */
export function newMicroGoalSchema(today: string) {
  return MicroGoalFormSchema.refine((step) => step.deadline === null || step.deadline >= today, {
    path: ["deadline"],
    message: `Choose today (${formatCalendarDate(today)}) or a later date: a new step cannot start out overdue.`,
  });
}

export type MicroGoalFormInput = z.infer<typeof MicroGoalFormSchema>;

export const CheckInFormSchema = z.object({
  note: z.string().trim().min(1, "Say how it is going, even in a few words.").max(4000, "Keep the note to 4000 characters."),
  progressValue: optionalNumber,
});

export type CheckInFormInput = z.infer<typeof CheckInFormSchema>;

export const AchievementFormSchema = z.object({
  reflectionHard: text(4000, "This answer"),
  reflectionEasy: text(4000, "This answer"),
  reflectionHelpers: text(4000, "This answer"),
  reflectionDifferently: text(4000, "This answer"),
});

export type AchievementFormInput = z.infer<typeof AchievementFormSchema>;

export const IdSchema = z.uuid();

// The step buttons of a goal page (see ./step-choice.ts): each form's one field besides goalId is
// the clicked button's name and value.

function stepChoice<const C extends readonly [string, ...string[]]>(choices: C) {
  const expected = choices.map((choice) => `"<step id>:${choice}"`).join(" or ");
  return z.string({ error: `Missing: expected ${expected}.` }).transform((value, context) => {
    const separator = value.lastIndexOf(STEP_CHOICE_SEPARATOR);
    const id = IdSchema.safeParse(value.slice(0, separator));
    const choice = value.slice(separator + 1);
    if (separator < 0 || !id.success || !choices.includes(choice)) {
      context.addIssue({ code: "custom", message: `Expected ${expected}, not "${value.slice(0, 80)}".` });
      return z.NEVER;
    }
    return { microGoalId: id.data, choice: choice as C[number] };
  });
}

export const MoveStepFormSchema = z.object({ goalId: IdSchema, move: stepChoice(["up", "down"]) }).transform(({ goalId, move }) => ({ goalId, microGoalId: move.microGoalId, direction: move.choice }));

export const SetStepDoneFormSchema = z.object({ goalId: IdSchema, done: stepChoice(["true", "false"]) }).transform(({ goalId, done }) => ({ goalId, microGoalId: done.microGoalId, done: done.choice === "true" }));

export const DeleteStepFormSchema = z
  .object({
    goalId: IdSchema,
    delete: z.uuid({ error: (issue) => (issue.input === undefined ? "Missing: expected the id of the step to delete." : "Expected the id of the step to delete.") }),
  })
  .transform(({ goalId, delete: microGoalId }) => ({ goalId, microGoalId }));
