// Typed domain errors. "Not found" and "not yours" are the same error on purpose: an id that
// belongs to someone else must reveal nothing about its existence.
export class NotFoundError extends Error {
  constructor(what = "That item") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}
