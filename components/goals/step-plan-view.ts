// A step's plan as StepPlan shows it: the review's date written out on the server, in the reader's zone.
import type { MicroGoalDto } from "@/lib/goals/goal-dto";
import { formatDayMonthYear } from "@/lib/time/format";
import type { StepPlanView } from "./step-plan";

export function toStepPlanView(step: Pick<MicroGoalDto, "obstacle" | "ifThenPlan" | "cue" | "review">, timeZone: string): StepPlanView {
  const review = step.review;
  return {
    obstacle: step.obstacle,
    ifThenPlan: step.ifThenPlan,
    cue: step.cue,
    review: review ? { kind: review.kind, question: review.question, answer: review.answer, reviewerName: review.reviewerName, atText: formatDayMonthYear(review.at, timeZone) } : null,
  };
}
