// The action client: what every server action does the same way, written once. An action names
// its ids, its schema and one lib/ call; the client authenticates, parses (a malformed id is the
// 404 page, a malformed field a field message that keeps what was typed), maps AppError codes
// (NOT_FOUND → 404 page; a message with a field → that field; without → the whole form), logs
// anything unexpected with context, revalidates after success and redirects last. Next's own
// control flow (redirect(), notFound()) always passes through. The dependencies are passed in so
// tests can drive the client without a request; lib/actions/action-client.ts wires the real ones.
// Why hand-written rather than next-safe-action: docs/decisions/0001-action-client.md.
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, AppErrorCode } from "@/lib/errors";
import { errorState, fieldErrorsOf, formValues, invalidState, type FieldErrors, type FormState } from "@/lib/validation/form-state";
import { idField } from "@/lib/validation/action-helpers";

export type RevalidateTarget = string | readonly [path: string, type: "page" | "layout"];

/** What a handler returns to send the person elsewhere: the client revalidates first, then redirects. */
export type RedirectTo = { redirectTo: string };
export const redirectTo = (path: string): RedirectTo => ({ redirectTo: path });

/** A failure of an action called from script (not a form): the client component decides how to show it. */
export type ActionFailure = { ok: false; reason: "invalid"; fieldErrors: FieldErrors } | { ok: false; reason: "failed" };

export type ActionClientDependencies<User extends { id: string }> = {
  currentUser: () => Promise<User | null>;
  revalidate: (path: string, type?: "page" | "layout") => void;
  logError: (message: string, context: Record<string, unknown>) => void;
  /** Where a signed-out request goes; a function can bring the person back afterwards (`?next=`). */
  signInPath: string | (() => Promise<string>);
};

type Ids<K extends string> = { [key in K]: string };
export type ActionContext<User, Input, K extends string> = { user: User; input: Input; ids: Ids<K>; formData: FormData };

type Revalidate<C> = readonly RevalidateTarget[] | ((context: C) => readonly RevalidateTarget[]);

type Common<User, S extends z.ZodType, K extends string> = {
  /** The action's name in logs. */
  name: string;
  /** Form fields that hold record ids (uuids); a malformed one is the 404 page. */
  ids?: readonly K[];
  /** The input's schema, or a function of the user for one that depends on them (their time zone). */
  schema?: S | ((user: User) => S);
  /** Pages to refresh after success (before any redirect). */
  revalidate?: Revalidate<ActionContext<User, z.output<S>, K>>;
};

/** Checkbox groups: fields of one name whose every value is read (as a list) and echoed back (joined with commas). */
type Lists = { lists?: readonly string[] };

export type FormActionOptions<User, S extends z.ZodType, K extends string, State extends FormState> = Common<User, S, K> &
  Lists & {
    /** Fields never echoed back after an error (passwords). */
    keepOut?: readonly string[];
    /** What is echoed back after an error, when one value per field is not it. */
    echo?: (formData: FormData) => Record<string, string>;
    /** Shown when something unexpected fails; logged on the server. */
    failureMessage?: string;
    // NoInfer: the state type is FormState (or one named by the form), never the literal one success returns.
    run: (context: ActionContext<User, z.output<S>, K>) => Promise<NoInfer<State> | RedirectTo>;
  };

export type ButtonActionOptions<User, S extends z.ZodType, K extends string> = Common<User, S, K> & {
  run: (context: ActionContext<User, z.output<S>, K>) => Promise<void | RedirectTo>;
};

export type ResultActionOptions<User, S extends z.ZodType, K extends string, Result extends { ok: boolean }> = Common<User, S, K> &
  Lists & {
    run: (context: ActionContext<User, z.output<S>, K>) => Promise<Result>;
  };

const INVALID_FIELDS = "Please correct the highlighted fields.";
const DEFAULT_FAILURE = "That could not be saved just now. Please try again in a moment.";

function readIds<K extends string>(formData: FormData, names: readonly K[] = []): Ids<K> {
  const ids = {} as Ids<K>;
  for (const name of names) ids[name] = idField(formData, name);
  return ids;
}

/** The object a form's schema parses: one value per field name, all of them for a list. */
function readInput(formData: FormData, lists: readonly string[] = []): unknown {
  const input: Record<string, unknown> = Object.fromEntries(formData.entries());
  for (const name of lists) input[name] = formData.getAll(name);
  return input;
}

/** What a form gets back after an error: what was typed (not what is kept out), a list as one joined value. */
function echoValues(formData: FormData, keepOut: readonly string[] | undefined, lists: readonly string[] = []): Record<string, string> {
  const values = formValues(formData, keepOut);
  for (const name of lists) values[name] = formData.getAll(name).join(",");
  return values;
}

function schemaFor<S extends z.ZodType, U>(schema: S | ((user: U) => S) | undefined, user: U): S | undefined {
  return typeof schema === "function" ? schema(user) : schema;
}

/** An AppError as the form shows it: INVALID_INPUT reads like a schema failure, others say themselves. */
function appErrorState(error: AppError, values: Record<string, string>): FormState {
  const message = error.code === AppErrorCode.INVALID_INPUT && error.field ? INVALID_FIELDS : error.message;
  return errorState(message, values, error.field ? { [error.field]: [error.message] } : undefined);
}

const isRedirect = (value: unknown): value is RedirectTo => typeof value === "object" && value !== null && "redirectTo" in value;

export function createActionClient<User extends { id: string }>(deps: ActionClientDependencies<User>) {
  async function signedIn(): Promise<User> {
    const user = await deps.currentUser();
    if (!user) redirect(typeof deps.signInPath === "string" ? deps.signInPath : await deps.signInPath());
    return user;
  }
  const signedOut = async (): Promise<null> => null;

  function revalidateAll<C>(targets: Revalidate<C> | undefined, context: C) {
    for (const target of typeof targets === "function" ? targets(context) : (targets ?? [])) {
      if (typeof target === "string") deps.revalidate(target);
      else deps.revalidate(target[0], target[1]);
    }
  }

  /**
   * The one sequence every action runs: authenticate, read the ids (the 404 page when malformed),
   * parse the input, run the handler, map what it threw, revalidate after success, redirect last.
   * Each kind of action only says how to answer a schema failure, a refusal and a failure.
   */
  async function execute<U extends User | null, S extends z.ZodType, K extends string, Answer>(
    authenticate: () => Promise<U>,
    options: Common<U, S, K> & Lists & { run: (context: ActionContext<U, z.output<S>, K>) => Promise<Answer | RedirectTo> },
    formData: FormData,
    answer: {
      invalid: (error: z.ZodError) => Answer;
      /** An AppError other than NOT_FOUND (which is always the 404 page). */
      refused: (error: AppError) => Answer;
      /** Anything unexpected, after it is logged. */
      failed: (error: unknown) => Answer;
      succeeded: (answer: Answer) => boolean;
    },
  ): Promise<Answer> {
    const user = await authenticate();
    const ids = readIds(formData, options.ids);
    const schema = schemaFor(options.schema, user);
    let input = undefined as z.output<S>;
    if (schema) {
      const parsed = schema.safeParse(readInput(formData, options.lists));
      if (!parsed.success) return answer.invalid(parsed.error);
      input = parsed.data;
    }
    const context = { user, input, ids, formData };
    let outcome: Answer | RedirectTo;
    try {
      outcome = await options.run(context);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        if (error.code === AppErrorCode.NOT_FOUND) notFound();
        return answer.refused(error);
      }
      deps.logError(`${options.name} failed`, { ...(user ? { userId: user.id } : {}), ...ids, error });
      return answer.failed(error);
    }
    if (isRedirect(outcome)) {
      revalidateAll(options.revalidate, context);
      redirect(outcome.redirectTo);
    }
    if (answer.succeeded(outcome)) revalidateAll(options.revalidate, context);
    return outcome;
  }

  function makeFormAction<U extends User | null>(authenticate: () => Promise<U>) {
    return <S extends z.ZodType = z.ZodUndefined, K extends string = never, State extends FormState = FormState>(options: FormActionOptions<U, S, K, State>) =>
      async (_state: State, formData: FormData): Promise<State> => {
        const values = () => (options.echo ? options.echo(formData) : echoValues(formData, options.keepOut, options.lists));
        return execute(authenticate, options, formData, {
          invalid: (error) => invalidState(error, values()) as State,
          refused: (error) => appErrorState(error, values()) as State,
          failed: () => errorState(options.failureMessage ?? DEFAULT_FAILURE, values()) as State,
          succeeded: (state) => state.status !== "error",
        });
      };
  }

  function makeButtonAction<U extends User | null>(authenticate: () => Promise<U>) {
    return <S extends z.ZodType = z.ZodUndefined, K extends string = never>(options: ButtonActionOptions<U, S, K>) =>
      async (formData: FormData): Promise<void> =>
        execute(authenticate, options, formData, {
          // The page wrote every field of a one-button form: a malformed one is a forged form.
          invalid: () => notFound(),
          // It has nowhere to show a message: the error page is the answer.
          refused: (error) => {
            throw error;
          },
          failed: (error) => {
            throw error;
          },
          succeeded: () => true,
        });
  }

  return {
    /** A form with fields, for useActionState: signed-in users only. */
    formAction: makeFormAction(signedIn),
    /** The same for pages open to signed-out people (sign-in, sign-up, password reset). */
    publicFormAction: makeFormAction(signedOut),
    /** A one-button form (no typed input): the refreshed page is its answer. */
    buttonAction: makeButtonAction(signedIn),
    publicButtonAction: makeButtonAction(signedOut),
    /** Called from a client component with a FormData, answering a typed result rather than a form state. */
    resultAction:
      <S extends z.ZodType = z.ZodUndefined, K extends string = never, Result extends { ok: boolean } = { ok: true }>(options: ResultActionOptions<User, S, K, Result>) =>
      async (formData: FormData): Promise<Result | ActionFailure> =>
        execute<User, S, K, Result | ActionFailure>(signedIn, options, formData, {
          invalid: (error) => ({ ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(error) }),
          refused: (error) => (error.field ? { ok: false, reason: "invalid", fieldErrors: { [error.field]: [error.message] } } : { ok: false, reason: "failed" }),
          failed: () => ({ ok: false, reason: "failed" }),
          succeeded: (result) => result.ok,
        }),
  };
}
