// Typed domain errors. "Not found" and "not yours" are the same error on purpose: an id that
// belongs to someone else must reveal nothing about its existence.
export class NotFoundError extends Error {
  constructor(what = "That item") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}

/**
 * A product limit that keeps a list bounded (active goals, steps per goal, comments per check-in,
 * saved answers) was reached. `field` names the form field the message belongs next to.
 */
export class LimitReachedError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "LimitReachedError";
  }
}
