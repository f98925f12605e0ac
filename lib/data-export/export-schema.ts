// The shape of a Stepwise export file. Import accepts exactly this (version 1), so an export
// can be brought back into an empty account. Ids in the file only link records to each other;
// import gives everything new ids. `withBuddies` (what the person wrote in their pairings) is
// exported for their records but not imported: each item belongs to a pairing, and a pairing is
// two people's, so it cannot be brought into another account on one person's word.
import { z } from "zod";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { MAX_ACTIVE_GOALS } from "@/lib/goals/active-goal-limit";
import { MAX_SAVED_ANSWERS } from "@/lib/goals/interview-answer-schemas";
import { IF_THEN_LIMITS } from "@/lib/goals/if-then-plan";

const date = z.string().refine(isCalendarDate, "must be a YYYY-MM-DD date");
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

export const ExportFileSchema = z.object({
  format: z.literal("stepwise-export"),
  version: z.literal(1),
  exportedAt: instant,
  profile: z.object({
    name: text(100),
    email: z.string(),
    timeZone: z.string(),
  }),
  reflections: z.array(z.object({ promptKey: text(100), answer: text(5000), updatedAt: instant })).max(1000),
  goals: z
    .array(
      z.object({
        id: z.string(),
        title: text(160).min(1),
        category: z.enum(["EARNINGS", "KNOWLEDGE", "IMPACT", "LEADERSHIP", "EXPERIENCES", "OTHER"]),
        horizonYears: z.union([z.literal(1), z.literal(5), z.literal(10)]),
        specific: text(2000),
        measure: text(300),
        baselineValue: z.number().nullable(),
        targetValue: z.number().nullable(),
        currentValue: z.number().nullable(),
        measureUnit: text(40).nullable(),
        attainable: text(2000),
        relevant: text(2000),
        deadline: date,
        visibility: z.enum(["PRIVATE", "BUDDIES"]),
        status: z.enum(["ACTIVE", "ACHIEVED", "DROPPED"]),
        achievedAt: instant.nullable(),
        reward: text(300).nullable(),
        reflectionHard: text(4000).nullable(),
        reflectionEasy: text(4000).nullable(),
        reflectionHelpers: text(4000).nullable(),
        reflectionDifferently: text(4000).nullable(),
        createdAt: instant,
        microGoals: z
          .array(
            z.object({
              title: text(160).min(1),
              actionPlan: text(4000),
              deadline: date.nullable(),
              position: z.number().int().min(0),
              doneAt: instant.nullable(),
              // Absent from files exported before if-then plans existed.
              obstacle: text(IF_THEN_LIMITS.obstacle).default(""),
              ifThenPlan: text(IF_THEN_LIMITS.ifThenPlan).default(""),
              cueWeekday: z.number().int().min(1).max(7).nullable().default(null),
              cueMinute: z.number().int().min(0).max(1439).nullable().default(null),
            }),
          )
          .max(500),
        checkIns: z.array(z.object({ note: text(4000).min(1), progressValue: z.number().nullable(), createdAt: instant })).max(10_000),
      }),
    )
    .max(2000)
    // The same limit as creating goals in the app, so an import cannot bring in an unbounded list.
    .refine((goals) => goals.filter((goal) => goal.status === "ACTIVE").length <= MAX_ACTIVE_GOALS, `at most ${MAX_ACTIVE_GOALS} goals can be active`),
  interviewAnswers: z
    .array(
      z.object({
        kind: z.enum(["LONG_TERM", "SHORT_TERM", "NETWORKING"]),
        targetRole: text(120),
        targetCompany: text(120),
        goalIds: z.array(z.string()).max(20),
        body: text(5000).min(1),
      }),
    )
    .max(MAX_SAVED_ANSWERS),
  withBuddies: z
    .object({
      comments: z.array(z.object({ kind: z.enum(["COMMENT", "CHEER"]), body: z.string(), onYourGoal: z.boolean(), createdAt: instant })),
      weeklyReports: z.array(z.object({ periodStart: date, periodEnd: date, done: z.string(), stuck: z.string(), next: z.string(), status: z.enum(["DRAFT", "SENT"]), sentAt: instant.nullable() })),
      weeklyReportAnswers: z.array(z.object({ periodStart: date, reply: z.string(), advice: z.string(), answeredAt: instant })),
      pairingWishes: z.array(z.object({ rhythm: z.enum(["WEEKLY", "BIWEEKLY", "MONTHLY"]), feedbackStyle: z.enum(["ENCOURAGEMENT", "CANDID"]), confidential: z.string(), reportMode: z.enum(["OFF", "DRAFT", "AUTO"]), statedAt: instant.nullable() })),
      reviewSessions: z.array(z.object({ startsAt: instant, status: z.enum(["SCHEDULED", "COMPLETED", "CANCELLED"]), notes: z.string(), completedAt: instant.nullable() })),
    })
    .optional(),
});

export type ExportFile = z.infer<typeof ExportFileSchema>;
