// Every /api/v1 endpoint's contract in one place: method, path, the scope it needs and the zod
// schemas of its path parameters, query, body and response. Route handlers are built from these
// (lib/api/api-route.ts) and so is the OpenAPI document (lib/api/openapi-document.ts), so the
// document cannot drift from what the handlers accept and answer.
import type { z } from "zod";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { CheckInResponseSchema, CreateCheckInBodySchema, DeadlinesResponseSchema, GoalIdParamsSchema, GoalPageSchema, GoalResponseSchema, ListDeadlinesQuerySchema, ListGoalsQuerySchema, StepIdParamsSchema, StepListSchema, StepResponseSchema } from "./wire-schemas";

export type Endpoint<P extends z.ZodObject | undefined = z.ZodObject | undefined, Q extends z.ZodObject | undefined = z.ZodObject | undefined, B extends z.ZodType | undefined = z.ZodType | undefined, R extends z.ZodType = z.ZodType> = {
  operationId: string;
  method: "get" | "post";
  /** OpenAPI path template, e.g. /api/v1/goals/{goalId}. */
  path: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  params: P;
  query: Q;
  body: B;
  response: R;
  /** The success status. */
  status: 200 | 201;
  /** Whether the endpoint can answer 404 (it names a record) and 422 (it takes input the domain can refuse). */
  notFound: boolean;
};

function endpoint<P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(definition: Omit<Endpoint<P, Q, B, R>, "notFound" | "status"> & { status?: 200 | 201 }): Endpoint<P, Q, B, R> {
  return { ...definition, status: definition.status ?? 200, notFound: definition.params !== undefined };
}

export const listGoals = endpoint({
  operationId: "listGoals",
  method: "get",
  path: "/api/v1/goals",
  summary: "List your goals",
  description: "Your own goals with one status, 50 a page, ordered as in the app (active and dropped by deadline, achieved newest first).",
  scope: "read",
  params: undefined,
  query: ListGoalsQuerySchema,
  body: undefined,
  response: GoalPageSchema,
});

export const getGoal = endpoint({
  operationId: "getGoal",
  method: "get",
  path: "/api/v1/goals/{goalId}",
  summary: "Read one of your goals",
  scope: "read",
  params: GoalIdParamsSchema,
  query: undefined,
  body: undefined,
  response: GoalResponseSchema,
});

export const listSteps = endpoint({
  operationId: "listSteps",
  method: "get",
  path: "/api/v1/goals/{goalId}/steps",
  summary: "List a goal's steps",
  scope: "read",
  params: GoalIdParamsSchema,
  query: undefined,
  body: undefined,
  response: StepListSchema,
});

export const createCheckIn = endpoint({
  operationId: "createCheckIn",
  method: "post",
  path: "/api/v1/goals/{goalId}/check-ins",
  summary: "Check in on a goal",
  description: "Records how it is going. A `progressValue` also becomes the goal's current value, as in the app.",
  scope: "write:check-ins",
  params: GoalIdParamsSchema,
  query: undefined,
  body: CreateCheckInBodySchema,
  response: CheckInResponseSchema,
  status: 201,
});

export const getStep = endpoint({
  operationId: "getStep",
  method: "get",
  path: "/api/v1/steps/{stepId}",
  summary: "Read one of your steps",
  scope: "read",
  params: StepIdParamsSchema,
  query: undefined,
  body: undefined,
  response: StepResponseSchema,
});

export const markStepDone = endpoint({
  operationId: "markStepDone",
  method: "post",
  path: "/api/v1/steps/{stepId}/done",
  summary: "Mark a step done",
  description: "Idempotent in effect: a step already done is marked done again (its done time moves to now).",
  scope: "write:goals",
  params: StepIdParamsSchema,
  query: undefined,
  body: undefined,
  response: StepResponseSchema,
});

export const listDeadlines = endpoint({
  operationId: "listDeadlines",
  method: "get",
  path: "/api/v1/deadlines",
  summary: "Your upcoming deadlines",
  description: "Open deadlines of your active goals and their undone steps, from overdue ones up to `days` ahead, soonest first, 50 a page.",
  scope: "read",
  params: undefined,
  query: ListDeadlinesQuerySchema,
  body: undefined,
  response: DeadlinesResponseSchema,
});

export const API_ENDPOINTS = [listGoals, getGoal, listSteps, createCheckIn, getStep, markStepDone, listDeadlines] as const;
