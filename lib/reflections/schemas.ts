// Validation for a reflection answer; shared by the form (field names) and the action.
import { z } from "zod";
import { PROMPT_KEYS } from "./prompts";

export const MAX_ANSWER_LENGTH = 5000;

export const ReflectionAnswerSchema = z.object({
  promptKey: z.enum(PROMPT_KEYS, { error: "Choose a prompt from the list." }),
  /** Empty (after trimming) means "clear my answer". */
  answer: z
    .string({ error: "Write your answer, or leave it empty to clear it." })
    // Browsers submit textarea line breaks as CRLF but count them as one character; count them
    // the way the person sees them.
    .overwrite((answer) => answer.replace(/\r\n?/g, "\n"))
    .trim()
    .max(MAX_ANSWER_LENGTH, `Keep your answer to ${MAX_ANSWER_LENGTH.toLocaleString("en-GB")} characters or fewer.`),
});

export type ReflectionAnswer = z.infer<typeof ReflectionAnswerSchema>;
