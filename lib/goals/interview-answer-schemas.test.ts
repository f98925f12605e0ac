import { describe, expect, it } from "vitest";
import { DraftRequestSchema, draftRequestFieldErrors } from "./interview-answer-schemas";

describe("the draft request", () => {
  it("keeps a role and company within the limit, trimmed", () => {
    expect(DraftRequestSchema.parse({ role: "  Staff engineer ", company: "Acme" })).toMatchObject({ role: "Staff engineer", company: "Acme" });
    expect(draftRequestFieldErrors({ role: "Staff engineer", company: "Acme" })).toBeNull();
  });

  it("reports a role or company over 120 characters instead of dropping it", () => {
    const long = "r".repeat(121);
    expect(DraftRequestSchema.parse({ role: long }).role).toBe(long);
    expect(draftRequestFieldErrors({ role: long, company: "Acme" })).toEqual({ role: ["Keep the role to 120 characters."], company: undefined });
    expect(draftRequestFieldErrors({ company: long })).toEqual({ role: undefined, company: ["Keep the company to 120 characters."] });
  });
});
