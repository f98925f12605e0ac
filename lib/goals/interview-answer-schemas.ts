// The answer builder's input, shared by the page, its actions and the data export: the questions,
// the bound on saved answers, and the schemas of a draft request and a saved answer. Pure: no
// database, safe anywhere (interview-answer-drafts.ts is the server side).
import { z } from "zod";
import type { AnswerKind } from "./interview-answers";

export const ANSWER_KINDS = ["LONG_TERM", "SHORT_TERM", "NETWORKING"] as const satisfies readonly AnswerKind[];
/** Saved drafts (one per question and target role): a working set, kept bounded so the page lists them all. */
export const MAX_SAVED_ANSWERS = 50;
export const savedAnswersFullMessage = `You have ${MAX_SAVED_ANSWERS} saved answers, the most Stepwise keeps. Delete one you no longer need, or save over an answer for the same role.`;

const TARGET_ROLE = z.string().trim().max(120, "Keep the role to 120 characters.");
const TARGET_COMPANY = z.string().trim().max(120, "Keep the company to 120 characters.");

/**
 * The draft form is a GET form, so its values arrive as query parameters. A role or company over
 * the limit is not dropped (that would draft for a role the person did not type): the page keeps
 * what they typed and shows these messages instead of a draft.
 */
export function draftRequestFieldErrors(params: Record<string, string | string[] | undefined>): { role?: string[]; company?: string[] } | null {
  const errorsOf = (schema: z.ZodString, value: unknown) => {
    const parsed = schema.safeParse(typeof value === "string" ? value : "");
    return parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message);
  };
  const role = errorsOf(TARGET_ROLE, params.role);
  const company = errorsOf(TARGET_COMPANY, params.company);
  return role || company ? { role, company } : null;
}

export const DraftRequestSchema = z.object({
  kind: z.enum(ANSWER_KINDS).catch("LONG_TERM"),
  role: z.string().catch("").pipe(z.string().trim()),
  company: z.string().catch("").pipe(z.string().trim()),
  goal: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.uuid()).max(20))
    .catch([]),
});

export const SaveAnswerSchema = z.object({
  kind: z.enum(ANSWER_KINDS, { error: "Choose a question." }),
  targetRole: TARGET_ROLE,
  targetCompany: TARGET_COMPANY,
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
