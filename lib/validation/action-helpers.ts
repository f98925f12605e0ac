// Ids and "not found" the same way in actions (through lib/actions) and pages: a malformed id, a
// missing record and someone else's record are all the 404 page.
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppErrorCode, isAppError } from "@/lib/errors";

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

/** For pages: runs one lib/ call; AppError NOT_FOUND (missing or not yours) becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error, AppErrorCode.NOT_FOUND)) notFound();
    throw error;
  }
}
