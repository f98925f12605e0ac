// The JSON the API speaks, as zod schemas: request inputs are parsed with them and responses
// are serialised through them (unknown keys stripped, so nothing leaks that is not declared),
// and the OpenAPI document is generated from the same objects (lib/api/openapi-document.ts).
// `.meta({ id })` makes a schema a named component of that document.
import { z } from "zod";
import { GOAL_CATEGORY_VALUES } from "@/lib/goals/categories";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { API_SCOPES } from "@/lib/api-tokens/scopes";

const Id = z.uuid().meta({ description: "A record id (UUID).", example: "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" });
const CalendarDate = z.string().refine(isCalendarDate).meta({ format: "date", description: "A calendar date in your time zone, YYYY-MM-DD.", example: "2027-06-30" });
const Instant = z.iso.datetime({ offset: true }).meta({ description: "An instant, ISO 8601 in UTC.", example: "2027-03-01T09:00:00.000Z" });

export const ApiScopeSchema = z.enum(API_SCOPES).meta({ id: "Scope", description: "What a personal access token may do." });

export const ApiErrorCodeSchema = z.enum(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "INVALID_REQUEST", "INVALID_INPUT", "LIMIT_REACHED", "CONFLICT", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "INTERNAL"]).meta({ id: "ErrorCode" });
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: ApiErrorCodeSchema,
      message: z.string().meta({ description: "For people; may change. Program against `code`." }),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per input field, when the input was refused." }),
    }),
  })
  .meta({ id: "Error", description: "Every error has this body." });
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

export const GoalStatusSchema = z.enum(["active", "achieved", "dropped"]).meta({ id: "GoalStatus" });

export const GoalSchema = z
  .object({
    id: Id,
    title: z.string(),
    category: z.enum(GOAL_CATEGORY_VALUES.map((value) => value.toLowerCase()) as [string, ...string[]]),
    horizonYears: z.union([z.literal(1), z.literal(5), z.literal(10)]),
    specific: z.string(),
    measure: z.string(),
    measureUnit: z.string().nullable(),
    baselineValue: z.number().nullable(),
    targetValue: z.number().nullable(),
    currentValue: z.number().nullable(),
    attainable: z.string(),
    relevant: z.string(),
    deadline: CalendarDate,
    visibility: z.enum(["private", "buddies"]).meta({ description: "`buddies`: shared with your accountability buddies." }),
    status: GoalStatusSchema,
    achievedAt: Instant.nullable(),
    reward: z.string().nullable(),
    progress: z.object({
      percent: z.number().min(0).max(100),
      basis: z.enum(["measure", "micro-goals", "achieved", "none"]).meta({ description: "What the percentage is measured by." }),
    }),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: "Goal" });
export type ApiGoal = z.input<typeof GoalSchema>;

export const StepSchema = z
  .object({
    id: Id,
    goalId: Id,
    title: z.string(),
    actionPlan: z.string(),
    deadline: CalendarDate.nullable(),
    position: z.number().int().min(0),
    done: z.boolean(),
    doneAt: Instant.nullable(),
  })
  .meta({ id: "Step", description: "A step (micro-goal) of a goal." });
export type ApiStep = z.input<typeof StepSchema>;

export const CheckInSchema = z.object({ id: Id, goalId: Id, note: z.string(), progressValue: z.number().nullable(), createdAt: Instant }).meta({ id: "CheckIn" });
export type ApiCheckIn = z.input<typeof CheckInSchema>;

export const DeadlineSchema = z
  .object({
    kind: z.enum(["goal", "step"]),
    id: Id.meta({ description: "The goal's or the step's id." }),
    goalId: Id,
    title: z.string(),
    goalTitle: z.string(),
    deadline: CalendarDate,
    status: z.enum(["overdue", "due-this-week", "due-this-month", "later"]),
  })
  .meta({ id: "Deadline" });
export type ApiDeadline = z.input<typeof DeadlineSchema>;

const NextLink = z.string().nullable().meta({ description: "Path and query of the next page (same host), or null on the last page.", example: "/api/v1/goals?status=active&page=1" });

/** A page of a list: the items and the link to the next page. */
function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), next: NextLink }).meta({ id });
}

export const GoalPageSchema = pageOf(GoalSchema, "GoalPage");
export const DeadlinePageSchema = pageOf(DeadlineSchema, "DeadlinePage");
export const StepListSchema = z.object({ data: z.array(StepSchema) }).meta({ id: "StepList", description: "Every step of the goal, in the plan's order (at most 500)." });
export const GoalResponseSchema = z.object({ data: GoalSchema });
export const StepResponseSchema = z.object({ data: StepSchema });
export const CheckInResponseSchema = z.object({ data: CheckInSchema });
export const DeadlinesResponseSchema = DeadlinePageSchema.extend({ today: CalendarDate.meta({ description: "Today in your time zone." }) });

// Inputs.
const Page = z.coerce.number().int().min(0).max(10_000).default(0).meta({ description: "Page number, from 0." });

export const GoalIdParamsSchema = z.object({ goalId: Id });
export const StepIdParamsSchema = z.object({ stepId: Id });
export const ListGoalsQuerySchema = z.object({ status: GoalStatusSchema.default("active"), page: Page });
export const ListDeadlinesQuerySchema = z.object({
  days: z.coerce.number().int().min(0).max(366).default(30).meta({ description: "How many days ahead to look (overdue ones are always included)." }),
  page: Page,
});

const NOTE_MAX = 4000;
export const CreateCheckInBodySchema = z
  .object({
    note: z.string().trim().min(1, "Say how it is going, even in a few words.").max(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters.`),
    progressValue: z
      .number()
      .refine((value) => /^-?\d{1,12}(\.\d{1,2})?$/.test(String(value)), "Use a number with at most 12 digits before the point and 2 after.")
      .nullable()
      .default(null)
      .meta({ description: "Your measure's value now; it becomes the goal's current value." }),
  })
  .meta({ id: "CreateCheckIn" });
