// The API's responses: JSON, never cached, and one error body for every failure.
import type { z } from "zod";
import type { ApiErrorBody, ApiErrorCode } from "./wire-schemas";

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } as const;

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function apiError(status: number, code: ApiErrorCode, message: string, options: { fields?: Record<string, string[]>; headers?: Record<string, string> } = {}): Response {
  const body: ApiErrorBody = { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } };
  return apiJson(body, status, options.headers);
}

/** A zod failure as messages per field, by the issue's dotted path ("_" for the object itself). */
export function fieldMessages(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.length ? issue.path.join(".") : "_"] ??= []).push(issue.message);
  return fields;
}
