import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldsOrNotFound } from "./action-helpers";

const Schema = z.object({ goalId: z.uuid(), delete: z.uuid() });
const goalId = "69406449-8ef0-49b5-8e01-143781fc8b60";
const stepId = "87c866cb-db07-4d7e-8c99-22992b20c4c8";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

/** What Next's notFound() throws: the 404 page. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("fieldsOrNotFound", () => {
  it("returns the parsed fields", () => {
    expect(fieldsOrNotFound(Schema, form({ goalId, delete: stepId }))).toEqual({ goalId, delete: stepId });
  });

  it("answers a malformed or missing field with the 404 page, like a missing record", () => {
    for (const entries of [{ goalId, delete: "not-an-id" }, { goalId }] as Record<string, string>[]) {
      expect(thrownBy(() => fieldsOrNotFound(Schema, form(entries)))).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    }
  });
});
