// Validation of the weekly report, the buddy's answer, what each person wants from the pairing,
// and the report setting. Limits come from weekly-report-kinds.ts, which the forms' counters share.
import { z } from "zod";
import { REPORT_ADVICE_MAX, REPORT_PART_MAX, REPORT_REPLY_MAX } from "./weekly-report-kinds";
import { WISH_CONFIDENTIAL_MAX } from "./pairing-wish-options";

const part = (label: string) => z.string().trim().min(1, `Write something under “${label}”, even “nothing this week”.`).max(REPORT_PART_MAX, `Keep “${label}” to ${REPORT_PART_MAX} characters.`);

export const WeeklyReportSchema = z.object({ done: part("Done"), stuck: part("Stuck"), next: part("Next") });
export type WeeklyReportInput = z.infer<typeof WeeklyReportSchema>;

export const ReportAnswerSchema = z.object({
  reply: z.string().trim().min(1, "Write a short answer first.").max(REPORT_REPLY_MAX, `Keep the answer to ${REPORT_REPLY_MAX} characters.`),
  advice: z.string().trim().min(1, "Give one piece of advice: one thing you would try in their place.").max(REPORT_ADVICE_MAX, `Keep the advice to ${REPORT_ADVICE_MAX} characters.`),
});
export type ReportAnswerInput = z.infer<typeof ReportAnswerSchema>;

export const PairingWishSchema = z.object({
  rhythm: z.enum(["WEEKLY", "BIWEEKLY", "MONTHLY"], { error: "Choose how often you would like to check in." }),
  feedbackStyle: z.enum(["ENCOURAGEMENT", "CANDID"], { error: "Choose the kind of feedback you want." }),
  confidential: z.string().trim().max(WISH_CONFIDENTIAL_MAX, `Keep this to ${WISH_CONFIDENTIAL_MAX} characters.`).default(""),
});
export type PairingWishInput = z.infer<typeof PairingWishSchema>;

export const ReportModeSchema = z.object({
  reportMode: z.enum(["OFF", "DRAFT", "AUTO"], { error: "Choose how weekly reports work for this buddy." }),
});
