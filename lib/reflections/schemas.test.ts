import { describe, expect, it } from "vitest";
import { ReflectionAnswerSchema } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("ReflectionAnswerSchema", () => {
  it("trims the answer and accepts an empty one (which clears it)", () => {
    expect(ReflectionAnswerSchema.parse({ promptKey: "define-success", answer: "  Freedom.  " })).toEqual({ promptKey: "define-success", answer: "Freedom." });
    expect(ReflectionAnswerSchema.parse({ promptKey: "define-success", answer: " \n " }).answer).toBe("");
  });

  it("refuses a prompt that is not in the catalogue", () => {
    expect(messages(ReflectionAnswerSchema.safeParse({ promptKey: "made-up", answer: "x" }))).toEqual(["promptKey: Choose a prompt from the list."]);
    expect(messages(ReflectionAnswerSchema.safeParse({ answer: "x" }))).toEqual(["promptKey: Choose a prompt from the list."]);
  });

  it("allows 5,000 characters, counting a browser's CRLF line break as one", () => {
    const lines = Array.from({ length: 50 }, () => "x".repeat(99)).join("\r\n");
    const parsed = ReflectionAnswerSchema.parse({ promptKey: "ideal-workday", answer: lines });
    expect(parsed.answer).toHaveLength(4999);
    expect(parsed.answer).not.toContain("\r");
    expect(ReflectionAnswerSchema.safeParse({ promptKey: "ideal-workday", answer: "x".repeat(5000) }).success).toBe(true);
    expect(messages(ReflectionAnswerSchema.safeParse({ promptKey: "ideal-workday", answer: "x".repeat(5001) }))).toEqual(["answer: Keep your answer to 5,000 characters or fewer."]);
  });

  it("asks for an answer when the field is missing", () => {
    expect(messages(ReflectionAnswerSchema.safeParse({ promptKey: "ideal-workday" }))).toEqual(["answer: Write your answer, or leave it empty to clear it."]);
  });
});
