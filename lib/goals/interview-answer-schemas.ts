// The answer builder's input, shared by the page, its actions and the data export: the questions,
// the bound on saved answers, and the schemas of a draft request and a saved answer. Pure: no
// database, safe anywhere (interview-answer-drafts.ts is the server side).
import { z } from "zod";
import type { AnswerKind } from "./interview-answers";

export const ANSWER_KINDS = ["LONG_TERM", "SHORT_TERM", "NETWORKING"] as const satisfies readonly AnswerKind[];
/** Saved drafts (one per question and target role): a working set, kept bounded so the page lists them all. */
export const MAX_SAVED_ANSWERS = 50;
export const savedAnswersFullMessage = `You have ${MAX_SAVED_ANSWERS} saved answers, the most Stepwise keeps. Delete one you no longer need, or save over an answer for the same role.`;

export const DraftRequestSchema = z.object({
  kind: z.enum(ANSWER_KINDS).catch("LONG_TERM"),
  role: z.string().trim().max(120).catch(""),
  company: z.string().trim().max(120).catch(""),
  goal: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.uuid()).max(20))
    .catch([]),
});

export const SaveAnswerSchema = z.object({
  kind: z.enum(ANSWER_KINDS, { error: "Choose a question." }),
  targetRole: z.string().trim().max(120, "Keep the role to 120 characters."),
  targetCompany: z.string().trim().max(120, "Keep the company to 120 characters."),
  goalIds: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.uuid()).max(20)),
  body: z.string().trim().min(1, "The answer is empty. Draft one, or write your own.").max(5000, "Keep the answer to 5000 characters."),
});
