import { z } from "zod";
import { EmailSchema } from "@/lib/auth/schemas";

export const InviteBuddySchema = z.object({
  email: EmailSchema,
  message: z.string().trim().max(1000, "Keep the message to 1000 characters.").default(""),
});

export const PairingRulesSchema = z.object({
  checkInCadence: z.enum(["WEEKLY", "BIWEEKLY", "MONTHLY"], { error: "Choose how often you check in." }),
  reminderLeadDays: z.coerce.number({ error: "Enter a number of days." }).int("Enter whole days.").min(0, "Use 0 to 30 days.").max(30, "Use 0 to 30 days."),
  reviewCadenceMonths: z.coerce.number({ error: "Choose how often you review." }).refine((value): value is 1 | 3 | 6 => value === 1 || value === 3 || value === 6, "Choose monthly, quarterly or twice a year."),
  reviewSchedule: z.string().trim().max(200, "Keep this to 200 characters.").default(""),
});

export type PairingRules = z.infer<typeof PairingRulesSchema>;

export const SharedGoalsSchema = z.object({
  sharedGoalIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.uuid("That goal is not one of yours.")).max(2000)),
});

export const CommentSchema = z.object({
  body: z.string().trim().min(1, "Write a comment first.").max(2000, "Keep the comment to 2000 characters."),
});

export const CongratulationSchema = z.object({
  goalId: z.uuid("That achievement was not found."),
  body: z.string().trim().min(1, "Write a few words first.").max(500, "Keep it to 500 characters."),
});

export const CelebrationSchema = z.object({
  goalId: z.uuid("That goal was not found."),
  pairingId: z.uuid("That buddy was not found."),
  date: z
    .string({ error: "Choose a date." })
    .trim()
    .min(1, "Choose a date.")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a real date, like 2027-03-02."),
  time: z
    .string({ error: "Choose a time." })
    .trim()
    .min(1, "Choose a time.")
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 18:00."),
});

export type CelebrationInput = z.infer<typeof CelebrationSchema>;

/** A buddy's one question about a step's if-then plan, and the owner's answer. */
export const PlanQuestionSchema = z.object({
  question: z.string().trim().min(1, "Write your question first.").max(500, "Keep the question to 500 characters."),
});

export const PlanAnswerSchema = z.object({
  answer: z.string().trim().min(1, "Write your answer first.").max(2000, "Keep the answer to 2000 characters."),
});
