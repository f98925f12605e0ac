// The one shape every form action returns, and the one way to turn a zod failure into it.
import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export type FormState = {
  status: "idle" | "success" | "error";
  /** A message for the whole form (shown in a live region). */
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, echoed back so an error never loses their input (never passwords). */
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export type ParsedForm<T> = { ok: true; data: T } | { ok: false; state: FormState };

/** Parses a form with a schema; on failure returns field messages plus the typed values. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, omitFromEcho: readonly string[] = []): ParsedForm<z.infer<S>> {
  const result = schema.safeParse(Object.fromEntries(formData.entries()));
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, state: invalidState(result.error, formValues(formData, omitFromEcho)) };
}

/** A zod failure as messages per top-level field ("_form" for the object itself). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[issue.path.length ? String(issue.path[0]) : "_form"] ??= []).push(issue.message);
  return fieldErrors;
}

/** The state of a form that failed its schema: field messages and what was typed. */
export function invalidState(error: z.ZodError, values: Record<string, string>): FormState {
  return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(error), values };
}

export function errorState(message: string, values?: Record<string, string>, fieldErrors?: FieldErrors): FormState {
  return { status: "error", message, values, fieldErrors };
}
