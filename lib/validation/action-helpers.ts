// What every server action and page with ids does the same way: a malformed id, a missing record and
// someone else's record are all the 404 page; an error that is not the user's is logged with
// context and answered kindly, keeping what they typed.
import { notFound, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { errorState, formValues, type FormState } from "./form-state";

const Id = z.uuid();

/** A form's id field, or the 404 page. */
export function idField(formData: FormData, name: string): string {
  const parsed = Id.safeParse(formData.get(name));
  if (!parsed.success) notFound();
  return parsed.data;
}

/**
 * The fields of a form with no typed input (ids and choices the page wrote into its buttons), or
 * the 404 page: a malformed one is treated like a missing record.
 */
export function fieldsOrNotFound<S extends z.ZodType>(schema: S, formData: FormData): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Runs one lib/ call; NotFoundError (missing or not yours) becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** For forms with fields. Next's own control-flow errors (404, redirects) pass through. */
export function unexpectedFailure(action: string, error: unknown, context: Record<string, string>, formData: FormData): FormState {
  unstable_rethrow(error);
  console.error(`${action} failed`, { ...context, error });
  return errorState("That could not be saved just now. Please try again in a moment.", formValues(formData));
}
