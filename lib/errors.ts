// The one error type of the domain layer: an AppError with a code, mapped once to what a person
// sees (the 404 page, a field message, a friendly message) by the action client
// (lib/actions/action-client.ts) and to an HTTP status by route handlers (httpStatusOf).
// "Not found" and "not yours" are the same code on purpose: an id that belongs to someone else
// must reveal nothing about its existence.

export const AppErrorCode = {
  /** Missing, malformed or someone else's: the 404 page. */
  NOT_FOUND: "NOT_FOUND",
  /** A product limit that keeps a list bounded (active goals, steps, comments, saved answers). */
  LIMIT_REACHED: "LIMIT_REACHED",
  /** Input that passed the schema but not the domain's rules (a time already past). */
  INVALID_INPUT: "INVALID_INPUT",
  /** The record is no longer in a state that allows this (already scheduled, already closed). */
  CONFLICT: "CONFLICT",
} as const;

export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  LIMIT_REACHED: 422,
  INVALID_INPUT: 422,
  CONFLICT: 409,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** What the person is told; written for them, never internal detail. */
    message: string,
    /** The form field the message belongs next to; without one it is a message for the whole form. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Missing or not yours (AppErrorCode.NOT_FOUND). */
export class NotFoundError extends AppError {
  constructor(what = "That item") {
    super(AppErrorCode.NOT_FOUND, `${what} was not found.`);
    this.name = "NotFoundError";
  }
}

/** A product limit was reached (AppErrorCode.LIMIT_REACHED); `field` names where the message goes. */
export class LimitReachedError extends AppError {
  constructor(message: string, field: string) {
    super(AppErrorCode.LIMIT_REACHED, message, field);
    this.name = "LimitReachedError";
  }
  declare readonly field: string;
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** The HTTP status a route handler answers for an error: an AppError's own, 500 for anything else. */
export function httpStatusOf(error: unknown): number {
  return error instanceof AppError ? HTTP_STATUS[error.code] : 500;
}
