import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, AppErrorCode, LimitReachedError, NotFoundError } from "@/lib/errors";
import { IDLE, type FormState } from "@/lib/validation/form-state";
import { createActionClient, redirectTo } from "./create-action-client";

type User = { id: string; name: string };
const ADA: User = { id: "7b0c8f0e-5a55-4a1e-9d3e-6f1d2a3b4c5d", name: "Ada" };
const GOAL_ID = "69406449-8ef0-49b5-8e01-143781fc8b60";

/** A client wired to a fixed session, recording what it revalidates and logs. */
function harness(user: User | null = ADA) {
  const revalidated: string[] = [];
  const logged: { message: string; context: Record<string, unknown> }[] = [];
  const client = createActionClient<User>({
    currentUser: async () => user,
    revalidate: (path, type) => revalidated.push(type ? `${path} (${type})` : path),
    logError: (message, context) => logged.push({ message, context }),
    signInPath: "/sign-in",
  });
  return { client, revalidated, logged };
}

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

/** What an action threw (Next's redirect() and notFound() throw), or its answer. */
async function settle<T>(work: Promise<T>): Promise<{ threw: unknown } | { answered: T }> {
  try {
    return { answered: await work };
  } catch (error) {
    return { threw: error };
  }
}

const NOT_FOUND = { threw: expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }) };
const redirectedTo = (path: string) => ({ threw: expect.objectContaining({ digest: expect.stringContaining(`;${path};`) }) });

const StepSchema = z.object({ title: z.string().trim().min(1, "Give the step a title."), password: z.string().optional() });

describe("formAction", () => {
  it("sends someone signed out to sign in, before reading the form", async () => {
    const { client, revalidated } = harness(null);
    let ran = false;
    const action = client.formAction({ name: "addStep", schema: StepSchema, run: async () => ((ran = true), { status: "success" }) });
    expect(await settle(action(IDLE, form({ title: "Read" })))).toEqual(redirectedTo("/sign-in"));
    expect(ran).toBe(false);
    expect(revalidated).toEqual([]);
  });

  it("can send them to a sign-in that brings them back to the page", async () => {
    const client = createActionClient<User>({ currentUser: async () => null, revalidate: () => {}, logError: () => {}, signInPath: async () => "/sign-in?next=%2Fsettings" });
    const action = client.formAction({ name: "saveProfile", schema: StepSchema, run: async () => ({ status: "success" }) });
    expect(await settle(action(IDLE, form({ title: "Read" })))).toEqual(redirectedTo("/sign-in?next=%2Fsettings"));
  });

  it("answers a schema failure with field messages and what was typed, never the passwords", async () => {
    const { client } = harness();
    const action = client.formAction({ name: "addStep", schema: StepSchema, keepOut: ["password"], run: async () => ({ status: "success" }) });
    expect(await action(IDLE, form({ title: "  ", password: "hunter2hunter2", note: "kept" }))).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { title: ["Give the step a title."] },
      values: { title: "  ", note: "kept" },
    });
  });

  it("answers a malformed id with the 404 page", async () => {
    const { client } = harness();
    const action = client.formAction({ name: "addStep", ids: ["goalId"], schema: StepSchema, run: async () => ({ status: "success" }) });
    expect(await settle(action(IDLE, form({ goalId: "1 OR 1=1", title: "Read" })))).toEqual(NOT_FOUND);
  });

  it("passes the user, the parsed ids and input to the handler and revalidates after success", async () => {
    const { client, revalidated } = harness();
    const action = client.formAction({
      name: "addStep",
      ids: ["goalId"],
      schema: StepSchema,
      revalidate: ({ ids }) => [`/goals/${ids.goalId}`, ["/goals/[id]", "page"]],
      run: async ({ user, ids, input }) => ({ status: "success", message: `${user.name} added ${input.title} to ${ids.goalId}` }),
    });
    expect(await action(IDLE, form({ goalId: GOAL_ID, title: " Read " }))).toEqual({ status: "success", message: `Ada added Read to ${GOAL_ID}` });
    expect(revalidated).toEqual([`/goals/${GOAL_ID}`, "/goals/[id] (page)"]);
  });

  it("turns AppError NOT_FOUND into the 404 page", async () => {
    const { client, revalidated } = harness();
    const action = client.formAction({ name: "addStep", schema: StepSchema, revalidate: ["/goals"], run: async () => Promise.reject(new NotFoundError("That goal")) });
    expect(await settle(action(IDLE, form({ title: "Read" })))).toEqual(NOT_FOUND);
    expect(revalidated).toEqual([]);
  });

  it("turns LIMIT_REACHED into a message next to its field, keeping what was typed", async () => {
    const { client, logged } = harness();
    const action = client.formAction({ name: "addStep", schema: StepSchema, run: async () => Promise.reject(new LimitReachedError("A goal can have at most 500 steps.", "title")) });
    expect(await action(IDLE, form({ title: "Read" }))).toEqual({
      status: "error",
      message: "A goal can have at most 500 steps.",
      fieldErrors: { title: ["A goal can have at most 500 steps."] },
      values: { title: "Read" },
    });
    expect(logged).toEqual([]);
  });

  it("shows INVALID_INPUT with a field like a schema failure: the message by the field", async () => {
    const { client } = harness();
    const action = client.formAction({ name: "book", run: async () => Promise.reject(new AppError(AppErrorCode.INVALID_INPUT, "Choose a date and time that are still ahead.", "date")) });
    expect(await action(IDLE, form({ date: "2020-01-01" }))).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { date: ["Choose a date and time that are still ahead."] },
      values: { date: "2020-01-01" },
    });
  });

  it("shows an AppError without a field as the form's message", async () => {
    const { client } = harness();
    const action = client.formAction({ name: "book", run: async () => Promise.reject(new AppError(AppErrorCode.CONFLICT, "You already have a review scheduled.")) });
    expect(await action(IDLE, form({ date: "2027-01-10" }))).toEqual({ status: "error", message: "You already have a review scheduled.", values: { date: "2027-01-10" }, fieldErrors: undefined });
  });

  it("logs an unexpected failure with the action, user and ids, and answers kindly with what was typed", async () => {
    const { client, logged, revalidated } = harness();
    const failure = new Error("connection reset");
    const action = client.formAction({
      name: "addStepAction",
      ids: ["goalId"],
      schema: StepSchema,
      keepOut: ["password"],
      failureMessage: "Your step could not be saved just now.",
      revalidate: ["/goals"],
      run: async () => Promise.reject(failure),
    });
    expect(await action(IDLE, form({ goalId: GOAL_ID, title: "Read", password: "secret-secret" }))).toEqual({
      status: "error",
      message: "Your step could not be saved just now.",
      values: { goalId: GOAL_ID, title: "Read" },
      fieldErrors: undefined,
    });
    expect(logged).toEqual([{ message: "addStepAction failed", context: { userId: ADA.id, goalId: GOAL_ID, error: failure } }]);
    expect(revalidated).toEqual([]);
  });

  it("revalidates, then redirects, when the handler answers with a redirect", async () => {
    const { client, revalidated } = harness();
    const action = client.formAction({ name: "createGoal", schema: StepSchema, revalidate: ["/goals"], run: async () => redirectTo(`/goals/${GOAL_ID}?created=1`) });
    expect(await settle(action(IDLE, form({ title: "Read" })))).toEqual(redirectedTo(`/goals/${GOAL_ID}?created=1`));
    expect(revalidated).toEqual(["/goals"]);
  });

  it("lets Next's own redirect() from the handler through, unlogged", async () => {
    const { client, logged } = harness();
    const { redirect } = await import("next/navigation");
    const action = client.formAction({ name: "signOut", run: async () => redirect("/?bye=1") });
    expect(await settle(action(IDLE, form({})))).toEqual(redirectedTo("/?bye=1"));
    expect(logged).toEqual([]);
  });

  it("does not revalidate after a refusal the handler answers itself", async () => {
    const { client, revalidated } = harness();
    const action = client.formAction({ name: "invite", revalidate: ["/buddies"], run: async (): Promise<FormState> => ({ status: "error", message: "Not sent." }) });
    expect(await action(IDLE, form({}))).toEqual({ status: "error", message: "Not sent." });
    expect(revalidated).toEqual([]);
  });

  it("parses every value of a list (a checkbox group) and echoes them as one joined value", async () => {
    const { client } = harness();
    const action = client.formAction({
      name: "share",
      schema: z.object({ ids: z.array(z.string()).max(1, "One at most.") }),
      lists: ["ids"],
      run: async ({ input }) => ({ status: "success", message: input.ids.join(",") }),
    });
    const two = new FormData();
    two.append("ids", "a");
    two.append("ids", "b");
    expect(await action(IDLE, two)).toMatchObject({ status: "error", fieldErrors: { ids: ["One at most."] }, values: { ids: "a,b" } });
    two.delete("ids");
    two.append("ids", "a");
    expect(await action(IDLE, two)).toEqual({ status: "success", message: "a" });
  });
});

describe("publicFormAction", () => {
  it("runs for someone signed out, with no user", async () => {
    const { client } = harness(null);
    const action = client.publicFormAction({ name: "signUp", schema: StepSchema, run: async ({ user, input }) => ({ status: "success", message: `${String(user)} ${input.title}` }) });
    expect(await action(IDLE, form({ title: "Hi" }))).toEqual({ status: "success", message: "null Hi" });
  });
});

describe("buttonAction", () => {
  it("answers a malformed field with the 404 page", async () => {
    const { client } = harness();
    const action = client.buttonAction({ name: "move", schema: z.object({ direction: z.enum(["up", "down"]) }), run: async () => undefined });
    expect(await settle(action(form({ direction: "sideways" })))).toEqual(NOT_FOUND);
  });

  it("revalidates after success and redirects last", async () => {
    const { client, revalidated } = harness();
    const action = client.buttonAction({ name: "delete", ids: ["goalId"], revalidate: ({ ids }) => [`/goals/${ids.goalId}`], run: async () => redirectTo("/goals?deleted=1") });
    expect(await settle(action(form({ goalId: GOAL_ID })))).toEqual(redirectedTo("/goals?deleted=1"));
    expect(revalidated).toEqual([`/goals/${GOAL_ID}`]);
  });

  it("turns NOT_FOUND into the 404 page, and logs then rethrows anything unexpected", async () => {
    const { client, logged } = harness();
    expect(await settle(client.buttonAction({ name: "drop", run: async () => Promise.reject(new NotFoundError()) })(form({})))).toEqual(NOT_FOUND);
    const failure = new Error("disk full");
    expect(await settle(client.buttonAction({ name: "dropGoalAction", run: async () => Promise.reject(failure) })(form({})))).toEqual({ threw: failure });
    expect(logged).toEqual([{ message: "dropGoalAction failed", context: { userId: ADA.id, error: failure } }]);
  });
});

describe("resultAction", () => {
  const NotesSchema = z.object({ notes: z.string().max(5, "Too long.") });

  it("answers a schema failure as an invalid result with field messages", async () => {
    const { client } = harness();
    const action = client.resultAction({ name: "saveNotes", schema: NotesSchema, run: async () => ({ ok: true as const }) });
    expect(await action(form({ notes: "far too long" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { notes: ["Too long."] } });
  });

  it("revalidates only when the result is ok, and answers an unexpected failure as 'failed' after logging it", async () => {
    const { client, revalidated, logged } = harness();
    const conflict = client.resultAction({ name: "saveNotes", schema: NotesSchema, revalidate: ["/goals"], run: async () => ({ ok: false as const, reason: "conflict" }) });
    expect(await conflict(form({ notes: "hi" }))).toEqual({ ok: false, reason: "conflict" });
    expect(revalidated).toEqual([]);
    const saved = client.resultAction({ name: "saveNotes", schema: NotesSchema, revalidate: ["/goals"], run: async () => ({ ok: true as const }) });
    expect(await saved(form({ notes: "hi" }))).toEqual({ ok: true });
    expect(revalidated).toEqual(["/goals"]);
    const broken = client.resultAction({ name: "saveNotesAction", run: async () => Promise.reject(new Error("boom")) });
    expect(await broken(form({}))).toEqual({ ok: false, reason: "failed" });
    expect(logged.map((entry) => entry.message)).toEqual(["saveNotesAction failed"]);
  });
});
