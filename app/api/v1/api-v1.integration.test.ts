// /api/v1 end to end below HTTP: the exported route handlers with real Requests against a real
// PostgreSQL. Every answer is validated against the OpenAPI document (test/integration/api-client.ts).
import { describe, expect, it } from "vitest";
import * as endpoints from "@/lib/api/endpoints";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { hitRateLimit, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { createApiToken, listApiTokens, MAX_API_TOKENS_PER_USER, revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { hashApiToken } from "@/lib/api-tokens/token-secret";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import type { SessionUser } from "@/lib/auth/session-user";
import { createGoal } from "@/lib/goals/create-goal";
import { addMicroGoal, setMicroGoalDone } from "@/lib/goals/micro-goals";
import { achieveGoal } from "@/lib/goals/set-goal-status";
import { AchievementFormSchema, GoalFormSchema, MicroGoalFormSchema } from "@/lib/goals/schemas";
import { addDays, todayIn, toDbDate } from "@/lib/time/calendar-date";
import { LimitReachedError, NotFoundError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/integration/database";
import { createSessionUser } from "@/test/integration/session-users";
import { createApiClient, type ApiAnswer } from "@/test/integration/api-client";
import { GET as getOpenApi } from "./openapi.json/route";
import { GET as listGoalsRoute } from "./goals/route";
import { GET as getGoalRoute } from "./goals/[goalId]/route";
import { GET as listStepsRoute } from "./goals/[goalId]/steps/route";
import { POST as createCheckInRoute } from "./goals/[goalId]/check-ins/route";
import { GET as getStepRoute } from "./steps/[stepId]/route";
import { POST as markStepDoneRoute } from "./steps/[stepId]/done/route";
import { GET as listDeadlinesRoute } from "./deadlines/route";

const db = setupTestDatabase();
const api = createApiClient();

const ALL_SCOPES: ApiScope[] = ["read", "write:check-ins", "write:goals"];
const UNKNOWN_ID = "5b0e7d4e-9f61-4c8e-8a57-3c2d1f0e9b8a";

async function tokenFor(user: SessionUser, scopes: ApiScope[] = ALL_SCOPES, expiresIn: "7" | "never" = "never") {
  return (await createApiToken(user, { name: `token ${scopes.join(" ")}`, scopes, expiresIn })).token;
}

async function goalOf(user: SessionUser, overrides: Record<string, string> = {}) {
  const today = todayIn(user.timeZone);
  const input = GoalFormSchema.parse({
    title: "Run a half marathon",
    category: "EXPERIENCES",
    horizonYears: "1",
    specific: "Finish the city half marathon",
    measure: "Longest run (km)",
    baselineValue: "5",
    targetValue: "21",
    measureUnit: "km",
    attainable: "I run three times a week",
    relevant: "Health",
    deadline: addDays(today, 200),
    visibility: "PRIVATE",
    reward: "New shoes",
    ...overrides,
  });
  return (await createGoal(user, input)).id;
}

async function stepOf(user: SessionUser, goalId: string, title: string, deadline: string | null) {
  return (await addMicroGoal(user, goalId, MicroGoalFormSchema.parse({ title, actionPlan: "", deadline: deadline ?? "" }))).id;
}

/** Ada with goals and steps; Grace, her buddy, with a private and a shared goal. */
async function scenario() {
  const ada = await createSessionUser(db.prisma, { name: "Ada" });
  const grace = await createSessionUser(db.prisma, { name: "Grace" });
  await db.prisma.buddyPairing.create({ data: { userAId: ada.id, userBId: grace.id } });
  const today = todayIn(ada.timeZone);
  const run = await goalOf(ada);
  const soonStep = await stepOf(ada, run, "Run 10 km", addDays(today, 3));
  const laterStep = await stepOf(ada, run, "Run 15 km", addDays(today, 100));
  const overdueStep = await stepOf(ada, run, "Buy shoes", null);
  await db.prisma.microGoal.update({ where: { id: overdueStep }, data: { deadline: toDbDate(addDays(today, -2)) } });
  const doneStep = await stepOf(ada, run, "Sign up", addDays(today, 1));
  await setMicroGoalDone(ada, doneStep, true);
  const shared = await goalOf(ada, { title: "Read 12 books", visibility: "BUDDIES", deadline: addDays(today, 20) });
  const achieved = await goalOf(ada, { title: "Learn to swim" });
  await achieveGoal(ada, achieved, AchievementFormSchema.parse({ reflectionHard: "", reflectionEasy: "", reflectionHelpers: "", reflectionDifferently: "" }));
  const gracePrivate = await goalOf(grace, { title: "Grace's secret" });
  const graceShared = await goalOf(grace, { title: "Grace's shared", visibility: "BUDDIES", deadline: addDays(today, 5) });
  const graceStep = await stepOf(grace, graceShared, "Grace's step", addDays(today, 2));
  return { ada, grace, today, run, soonStep, laterStep, overdueStep, doneStep, shared, achieved, gracePrivate, graceShared, graceStep };
}

const expectError = (answer: ApiAnswer, status: number, code: string) => {
  expect(answer.status).toBe(status);
  expect(answer.body.error.code).toBe(code);
};

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document with every endpoint, its scope and the bearer scheme", async () => {
    const response = getOpenApi();
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    for (const endpoint of API_ENDPOINTS) expect(document.paths[endpoint.path][endpoint.method]["x-required-scope"]).toBe(endpoint.scope);
    expect(document.components.securitySchemes.personalAccessToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Goal", "Step", "CheckIn", "Deadline", "Error"]));
  });
});

describe("/api/v1 with a token", () => {
  it("lists the owner's goals by status and never another person's, shared or not", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["read"]);
    const active = await api.call(endpoints.listGoals, listGoalsRoute, { token });
    expect(active.status).toBe(200);
    expect(active.body.data.map((goal: { title: string }) => goal.title).sort()).toEqual(["Read 12 books", "Run a half marathon"]);
    expect(active.body.next).toBeNull();
    const run = active.body.data.find((goal: { id: string }) => goal.id === s.run);
    expect(run).toMatchObject({ status: "active", visibility: "private", category: "experiences", baselineValue: 5, targetValue: 21, measureUnit: "km", progress: { basis: "measure" } });

    const achieved = await api.call(endpoints.listGoals, listGoalsRoute, { token, query: "status=achieved" });
    expect(achieved.body.data.map((goal: { id: string }) => goal.id)).toEqual([s.achieved]);
    expect(achieved.body.data[0].achievedAt).toEqual(expect.any(String));

    const wrong = await api.call(endpoints.listGoals, listGoalsRoute, { token, query: "status=everything&page=-1" });
    expectError(wrong, 400, "INVALID_REQUEST");
    expect(Object.keys(wrong.body.error.fields).sort()).toEqual(["page", "status"]);
  });

  it("pages a long list 50 at a time with a next link that leads to the rest", async () => {
    const owner = await createSessionUser(db.prisma);
    await db.prisma.goal.createMany({
      data: Array.from({ length: 53 }, (_, index) => ({ ownerId: owner.id, title: `Old goal ${index}`, category: "OTHER" as const, horizonYears: 1, deadline: new Date("2026-01-01"), status: "DROPPED" as const })),
    });
    const token = await tokenFor(owner, ["read"]);
    const first = await api.call(endpoints.listGoals, listGoalsRoute, { token, query: "status=dropped" });
    expect(first.body.data).toHaveLength(50);
    expect(first.body.next).toBe("/api/v1/goals?status=dropped&page=1");
    const second = await api.call(endpoints.listGoals, listGoalsRoute, { token, query: first.body.next.split("?")[1] });
    expect(second.body.data).toHaveLength(3);
    expect(second.body.next).toBeNull();
    const ids = new Set([...first.body.data, ...second.body.data].map((goal: { id: string }) => goal.id));
    expect(ids.size).toBe(53);
  });

  it("reads one goal and its steps; a buddy's goal, shared or private, an unknown id and a malformed one are all 404", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["read"]);
    const goal = await api.call(endpoints.getGoal, getGoalRoute, { token, params: { goalId: s.run } });
    expect(goal.status).toBe(200);
    expect(goal.body.data).toMatchObject({ id: s.run, title: "Run a half marathon", progress: { basis: "measure" } });

    const steps = await api.call(endpoints.listSteps, listStepsRoute, { token, params: { goalId: s.run } });
    expect(steps.body.data.map((step: { title: string }) => step.title)).toEqual(["Run 10 km", "Run 15 km", "Buy shoes", "Sign up"]);
    expect(steps.body.data[3]).toMatchObject({ id: s.doneStep, done: true, doneAt: expect.any(String) });

    const step = await api.call(endpoints.getStep, getStepRoute, { token, params: { stepId: s.soonStep } });
    expect(step.body.data).toMatchObject({ id: s.soonStep, goalId: s.run, deadline: addDays(s.today, 3), done: false, doneAt: null });

    for (const goalId of [s.gracePrivate, s.graceShared, UNKNOWN_ID, "not-a-uuid"]) {
      expectError(await api.call(endpoints.getGoal, getGoalRoute, { token, params: { goalId } }), 404, "NOT_FOUND");
      expectError(await api.call(endpoints.listSteps, listStepsRoute, { token, params: { goalId } }), 404, "NOT_FOUND");
    }
    for (const stepId of [s.graceStep, UNKNOWN_ID, "1"]) expectError(await api.call(endpoints.getStep, getStepRoute, { token, params: { stepId } }), 404, "NOT_FOUND");
  });

  it("creates a check-in with the write:check-ins scope, which moves the goal's current value", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["read", "write:check-ins"]);
    const created = await api.call(endpoints.createCheckIn, createCheckInRoute, { token, params: { goalId: s.run }, body: { note: "  Ran 12 km today  ", progressValue: 12.5 } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ goalId: s.run, note: "Ran 12 km today", progressValue: 12.5 });
    const row = await db.prisma.checkIn.findUniqueOrThrow({ where: { id: created.body.data.id } });
    expect(row).toMatchObject({ authorId: s.ada.id, note: "Ran 12 km today" });
    const goal = await api.call(endpoints.getGoal, getGoalRoute, { token, params: { goalId: s.run } });
    expect(goal.body.data.currentValue).toBe(12.5);

    const noValue = await api.call(endpoints.createCheckIn, createCheckInRoute, { token, params: { goalId: s.run }, body: { note: "Rest week" } });
    expect(noValue.body.data.progressValue).toBeNull();
  });

  it("refuses bad check-in input with field messages and keeps the text whole (no truncation)", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["write:check-ins"]);
    const call = (body: unknown) => api.call(endpoints.createCheckIn, createCheckInRoute, { token, params: { goalId: s.run }, body });
    const tooLong = await call({ note: "x".repeat(4001) });
    expectError(tooLong, 422, "INVALID_INPUT");
    expect(tooLong.body.error.fields.note).toEqual(["Keep the note to 4000 characters."]);
    const empty = await call({ note: "   ", progressValue: "12" });
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(["note", "progressValue"]);
    expectError(await call({ note: "ok", progressValue: 1.234 }), 422, "INVALID_INPUT");
    expectError(await call([]), 422, "INVALID_INPUT");
    expectError(await api.call(endpoints.createCheckIn, createCheckInRoute, { token, params: { goalId: s.run }, rawBody: "{note:" }), 400, "INVALID_REQUEST");
    expectError(await api.call(endpoints.createCheckIn, createCheckInRoute, { token, params: { goalId: s.run }, rawBody: JSON.stringify({ note: "x".repeat(70_000) }) }), 413, "PAYLOAD_TOO_LARGE");
    expect(await db.prisma.checkIn.count({ where: { goalId: s.run } })).toBe(0);

    for (const goalId of [s.graceShared, s.gracePrivate, UNKNOWN_ID]) {
      expectError(await api.call(endpoints.createCheckIn, createCheckInRoute, { token, params: { goalId }, body: { note: "Sneaky" } }), 404, "NOT_FOUND");
    }
    expect(await db.prisma.checkIn.count({ where: { goal: { ownerId: s.grace.id } } })).toBe(0);
  });

  it("marks a step done with the write:goals scope; another person's step is 404 and stays open", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["write:goals"]);
    const done = await api.call(endpoints.markStepDone, markStepDoneRoute, { token, params: { stepId: s.soonStep } });
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ id: s.soonStep, done: true, doneAt: expect.any(String) });
    expect((await db.prisma.microGoal.findUniqueOrThrow({ where: { id: s.soonStep } })).doneAt).not.toBeNull();

    expectError(await api.call(endpoints.markStepDone, markStepDoneRoute, { token, params: { stepId: s.graceStep } }), 404, "NOT_FOUND");
    expect((await db.prisma.microGoal.findUniqueOrThrow({ where: { id: s.graceStep } })).doneAt).toBeNull();
  });

  it("lists open deadlines, overdue first, up to `days` ahead, never a buddy's", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["read"]);
    const month = await api.call(endpoints.listDeadlines, listDeadlinesRoute, { token });
    expect(month.status).toBe(200);
    expect(month.body.today).toBe(s.today);
    expect(month.body.data.map((item: { kind: string; title: string; status: string }) => [item.kind, item.title, item.status])).toEqual([
      ["step", "Buy shoes", "overdue"],
      ["step", "Run 10 km", "due-this-week"],
      ["goal", "Read 12 books", "due-this-month"],
    ]);
    expect(month.body.next).toBeNull();

    const year = await api.call(endpoints.listDeadlines, listDeadlinesRoute, { token, query: "days=366" });
    expect(year.body.data.map((item: { title: string }) => item.title)).toEqual(["Buy shoes", "Run 10 km", "Read 12 books", "Run 15 km", "Run a half marathon"]);
    expect(year.body.data.find((item: { title: string }) => item.title === "Run 15 km")).toMatchObject({ id: s.laterStep, goalId: s.run, goalTitle: "Run a half marathon" });

    expectError(await api.call(endpoints.listDeadlines, listDeadlinesRoute, { token, query: "days=400" }), 400, "INVALID_REQUEST");
  });

  it("enforces each endpoint's scope with 403", async () => {
    const s = await scenario();
    const readOnly = await tokenFor(s.ada, ["read"]);
    const checkInsOnly = await tokenFor(s.ada, ["write:check-ins"]);
    const goalsOnly = await tokenFor(s.ada, ["write:goals"]);
    expectError(await api.call(endpoints.createCheckIn, createCheckInRoute, { token: readOnly, params: { goalId: s.run }, body: { note: "hi" } }), 403, "FORBIDDEN");
    expectError(await api.call(endpoints.createCheckIn, createCheckInRoute, { token: goalsOnly, params: { goalId: s.run }, body: { note: "hi" } }), 403, "FORBIDDEN");
    expectError(await api.call(endpoints.markStepDone, markStepDoneRoute, { token: readOnly, params: { stepId: s.soonStep } }), 403, "FORBIDDEN");
    expectError(await api.call(endpoints.markStepDone, markStepDoneRoute, { token: checkInsOnly, params: { stepId: s.soonStep } }), 403, "FORBIDDEN");
    for (const token of [checkInsOnly, goalsOnly]) {
      expectError(await api.call(endpoints.listGoals, listGoalsRoute, { token }), 403, "FORBIDDEN");
      expectError(await api.call(endpoints.getGoal, getGoalRoute, { token, params: { goalId: s.run } }), 403, "FORBIDDEN");
      expectError(await api.call(endpoints.listSteps, listStepsRoute, { token, params: { goalId: s.run } }), 403, "FORBIDDEN");
      expectError(await api.call(endpoints.getStep, getStepRoute, { token, params: { stepId: s.soonStep } }), 403, "FORBIDDEN");
      expectError(await api.call(endpoints.listDeadlines, listDeadlinesRoute, { token }), 403, "FORBIDDEN");
    }
    expect(await db.prisma.checkIn.count({ where: { goalId: s.run } })).toBe(0);
    expect((await db.prisma.microGoal.findUniqueOrThrow({ where: { id: s.soonStep } })).doneAt).toBeNull();
  });
});

describe("/api/v1 authentication", () => {
  it("answers a missing, malformed, unknown, revoked or expired token with the same 401, and accepts no session cookie", async () => {
    const s = await scenario();
    const revoked = await tokenFor(s.ada);
    const [revokedSummary] = await listApiTokens(s.ada);
    await revokeApiToken(s.ada, revokedSummary!.id);
    const expired = await tokenFor(s.ada, ["read"], "7");
    await db.prisma.apiToken.updateMany({ where: { tokenHash: hashApiToken(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const live = await tokenFor(s.ada, ["read"]);

    const bodies: unknown[] = [];
    const attempts: { token: string | null; headers?: HeadersInit }[] = [
      { token: null },
      { token: "not-a-token" },
      { token: `stw_${"A".repeat(43)}` },
      { token: revoked },
      { token: expired },
      { token: null, headers: { Cookie: "authjs.session-token=anything; __Secure-authjs.session-token=anything" } },
      { token: null, headers: { Authorization: `Basic ${Buffer.from(`x:${live}`).toString("base64")}` } },
    ];
    for (const options of attempts) {
      const answer = await api.call(endpoints.listGoals, listGoalsRoute, options);
      expectError(answer, 401, "UNAUTHORIZED");
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      bodies.push(answer.body);
    }
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    // The revoked and expired tokens were refused for what they are, not for a typo: the live one works.
    expect((await api.call(endpoints.listGoals, listGoalsRoute, { token: live })).status).toBe(200);
    expectError(await api.call(endpoints.createCheckIn, createCheckInRoute, { token: revoked, params: { goalId: s.run }, body: { note: "x" } }), 401, "UNAUTHORIZED");
    expectError(await api.call(endpoints.markStepDone, markStepDoneRoute, { token: expired, params: { stepId: s.soonStep } }), 401, "UNAUTHORIZED");
  });

  it("records last use at most once a minute", async () => {
    const user = await createSessionUser(db.prisma);
    const token = await tokenFor(user, ["read"]);
    const where = { tokenHash: hashApiToken(token) };
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where })).lastUsedAt).toBeNull();
    await api.call(endpoints.listGoals, listGoalsRoute, { token });
    const first = (await db.prisma.apiToken.findUniqueOrThrow({ where })).lastUsedAt;
    expect(first).not.toBeNull();
    await api.call(endpoints.listGoals, listGoalsRoute, { token });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where })).lastUsedAt).toEqual(first);
    await db.prisma.apiToken.updateMany({ where, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await api.call(endpoints.listGoals, listGoalsRoute, { token });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("rate-limits each token with 429 and Retry-After; another token of the same person is unaffected", async () => {
    const user = await createSessionUser(db.prisma);
    const busy = await tokenFor(user, ["read"]);
    const calm = await tokenFor(user, ["read"]);
    const busyRow = await db.prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(busy) } });
    // Spend the window's allowance as earlier requests would have.
    for (let index = 0; index < RATE_LIMITS.apiPerToken.limit - 1; index += 1) await hitRateLimit(db.prisma, `api-token:${busyRow.id}`, RATE_LIMITS.apiPerToken);
    expect((await api.call(endpoints.listGoals, listGoalsRoute, { token: busy })).status).toBe(200);
    const limited = await api.call(endpoints.listGoals, listGoalsRoute, { token: busy });
    expectError(limited, 429, "RATE_LIMITED");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(RATE_LIMITS.apiPerToken.windowSeconds);
    expect((await api.call(endpoints.listGoals, listGoalsRoute, { token: calm })).status).toBe(200);
  });
});

describe("managing tokens", () => {
  it("stores only a hash and a short prefix, lists the owner's live tokens, and revokes only the owner's", async () => {
    const ada = await createSessionUser(db.prisma);
    const grace = await createSessionUser(db.prisma);
    const { token, summary } = await createApiToken(ada, { name: "Raycast", scopes: ["read", "read", "write:goals"], expiresIn: "30" });
    expect(token).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect(token.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThanOrEqual(10);
    expect(summary.scopes).toEqual(["read", "write:goals"]);
    expect(summary.expiresAt!.getTime() - summary.createdAt.getTime()).toBe(30 * 86_400_000);

    expect(await listApiTokens(grace)).toEqual([]);
    await expect(revokeApiToken(grace, summary.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(grace, "nonsense")).rejects.toBeInstanceOf(NotFoundError);
    expect(await listApiTokens(ada)).toHaveLength(1);
    await revokeApiToken(ada, summary.id);
    expect(await listApiTokens(ada)).toEqual([]);
    await expect(revokeApiToken(ada, summary.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it(`allows at most ${MAX_API_TOKENS_PER_USER} live tokens; revoking one makes room`, async () => {
    const user = await createSessionUser(db.prisma);
    const ids: string[] = [];
    for (let index = 0; index < MAX_API_TOKENS_PER_USER; index += 1) ids.push((await createApiToken(user, { name: `t${index}`, scopes: ["read"], expiresIn: "never" })).summary.id);
    await expect(createApiToken(user, { name: "one more", scopes: ["read"], expiresIn: "never" })).rejects.toBeInstanceOf(LimitReachedError);
    await revokeApiToken(user, ids[0]!);
    await expect(createApiToken(user, { name: "one more", scopes: ["read"], expiresIn: "never" })).resolves.toBeTruthy();
  });
});

describe("the OpenAPI document against the answers", () => {
  it("would catch an answer that breaks it", async () => {
    const s = await scenario();
    const token = await tokenFor(s.ada, ["read"]);
    const { body } = await api.call(endpoints.getGoal, getGoalRoute, { token, params: { goalId: s.run } });
    expect(api.violations(endpoints.getGoal, 200, body)).toEqual([]);
    const { title: _title, ...untitled } = body.data;
    expect(api.violations(endpoints.getGoal, 200, { data: untitled })).not.toEqual([]);
    expect(api.violations(endpoints.getGoal, 200, { data: { ...body.data, ownerId: s.ada.id } })).not.toEqual([]);
    expect(api.violations(endpoints.getGoal, 200, { data: { ...body.data, deadline: "soon" } })).not.toEqual([]);
    expect(api.violations(endpoints.getGoal, 404, { error: { code: "GONE", message: "x" } })).not.toEqual([]);
  });

  it("saw every operation's success answer validated", () => {
    for (const endpoint of API_ENDPOINTS) expect(api.seen, endpoint.operationId).toContain(`${endpoint.operationId} ${endpoint.status}`);
  });
});
