import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseForm } from "./form-state";

const Schema = z.object({ name: z.string().min(1, "Enter a name."), age: z.coerce.number().int("Whole years, please.") });

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("parseForm", () => {
  it("returns the parsed data", () => {
    expect(parseForm(Schema, form({ name: "Ada", age: "36" }))).toEqual({ ok: true, data: { name: "Ada", age: 36 } });
  });

  it("returns field messages and echoes what was typed, except secrets", () => {
    const result = parseForm(Schema, form({ name: "", age: "3.5", password: "secret", $ACTION_ID_abc: "" }), ["password"]);
    expect(result).toEqual({
      ok: false,
      state: {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: { name: ["Enter a name."], age: ["Whole years, please."] },
        values: { name: "", age: "3.5" },
      },
    });
  });
});
