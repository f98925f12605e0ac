// Validation for review-session forms; shared by the forms, the actions and lib/reviews.
import { z } from "zod";
import { isCalendarDate } from "@/lib/time/calendar-date";

export const ScheduleReviewSchema = z.object({
  date: z.string({ error: "Choose a date." }).trim().min(1, "Choose a date.").refine(isCalendarDate, "Enter a real date, like 2027-03-02."),
  time: z
    .string({ error: "Choose a time." })
    .trim()
    .min(1, "Choose a time.")
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 18:00."),
  durationMinutes: z.coerce.number({ error: "Choose how long the review takes." }).int("Choose how long the review takes.").min(15, "Reviews take 15 minutes to 4 hours.").max(240, "Reviews take 15 minutes to 4 hours."),
  /** "yes" once the person was warned the time is outside someone's reasonable hours and books anyway. */
  confirmOutsideHours: z.literal("yes").optional(),
});

export type ScheduleReviewInput = z.infer<typeof ScheduleReviewSchema>;

/** Confirming a proposed time names the proposal the person saw, so a newer one is never confirmed unseen. */
export const ConfirmProposedTimeSchema = z.object({ proposal: z.coerce.number().int().min(1) });

export const DECISION_KINDS = ["KEEP", "ADJUST", "DROP", "ACHIEVED"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value ?? "")
  .refine((value) => value === "" || isCalendarDate(value), "Enter a real date, like 2027-06-30.")
  .transform((value) => (value === "" ? null : value));

const optionalNumber = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ?? "").replace(/[,\s]/g, ""))
  .refine((value) => value === "" || /^-?\d{1,12}(\.\d{1,2})?$/.test(value), "Enter a number, like 120000 or 7.5.")
  .transform((value) => (value === "" ? null : Number(value)));

export const ReviewDecisionSchema = z
  .object({
    goalId: z.uuid("That goal is not on this review's agenda."),
    decision: z.enum(DECISION_KINDS, { error: "Choose keep, adjust, drop or achieved." }),
    newDeadline: optionalDate,
    newTargetValue: optionalNumber,
    note: z.string().trim().max(2000, "Keep the note to 2000 characters.").default(""),
    expectedVersion: z.coerce.number().int().min(0),
  })
  .superRefine((value, context) => {
    if (value.decision === "ADJUST" && value.newDeadline === null && value.newTargetValue === null) {
      context.addIssue({ code: "custom", path: ["newDeadline"], message: "To adjust, give a new deadline, a new target, or both." });
    }
  })
  // Only an adjustment carries a new deadline or target.
  .transform((value) => (value.decision === "ADJUST" ? value : { ...value, newDeadline: null, newTargetValue: null }));

export type ReviewDecisionInput = z.infer<typeof ReviewDecisionSchema>;

export const ReviewNotesSchema = z.object({
  notes: z.string().max(20_000, "Keep the notes to 20,000 characters.").default(""),
  expectedVersion: z.coerce.number().int().min(0),
});

export type ReviewNotesInput = z.infer<typeof ReviewNotesSchema>;
