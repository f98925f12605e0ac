import { describe, expect, it } from "vitest";
import { GOAL_AREAS, PROMPT_KEYS, REFLECTION_PROMPTS, REFLECTION_SECTIONS, findPrompt, isPromptKey, promptsInSection } from "./prompts";

describe("reflection catalogue", () => {
  it("has the issue's 13 prompts: 6 on success, 4 on values, 3 on vision", () => {
    expect(REFLECTION_PROMPTS).toHaveLength(13);
    expect(REFLECTION_SECTIONS.map((section) => [section.key, promptsInSection(section.key).length])).toEqual([
      ["success", 6],
      ["values", 4],
      ["vision", 3],
    ]);
  });

  it("gives every prompt a unique, stable kebab-case key, a question and a hint", () => {
    expect(new Set(PROMPT_KEYS).size).toBe(REFLECTION_PROMPTS.length);
    for (const prompt of REFLECTION_PROMPTS) {
      expect(prompt.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(prompt.question).toMatch(/\?$/);
      expect(prompt.hint.length).toBeGreaterThan(10);
      expect(prompt.hint.length).toBeLessThanOrEqual(100);
    }
    // Keys are stored with answers; this one already has rows in the wild (and in other tests).
    expect(isPromptKey("define-success")).toBe(true);
  });

  it("puts every prompt in a known section and every section has prompts", () => {
    const sectionKeys = new Set(REFLECTION_SECTIONS.map((section) => section.key));
    expect(sectionKeys.size).toBe(REFLECTION_SECTIONS.length);
    for (const prompt of REFLECTION_PROMPTS) expect(sectionKeys.has(prompt.section)).toBe(true);
    for (const section of REFLECTION_SECTIONS) {
      expect(promptsInSection(section.key).length).toBeGreaterThan(0);
      expect(section.title).not.toBe("");
      expect(section.intro).not.toBe("");
    }
  });

  it("gives the vision prompts, and only those, a horizon of 5, 10 and 20 years", () => {
    expect(REFLECTION_PROMPTS.filter((prompt) => "horizonYears" in prompt).map((prompt) => [prompt.key, prompt.section, prompt.horizonYears])).toEqual([
      ["vision-5-years", "vision", 5],
      ["vision-10-years", "vision", 10],
      ["vision-20-years", "vision", 20],
    ]);
  });

  it("finds prompts by key and refuses unknown ones", () => {
    expect(findPrompt("ultimate-job")?.question).toBe("With no obstacles, what would your ultimate job be?");
    expect(findPrompt("nope")).toBeUndefined();
    expect(findPrompt("__proto__")).toBeUndefined();
    expect(isPromptKey("constructor")).toBe(false);
  });

  it("offers each goal category once, as a starting point with an example", () => {
    expect(GOAL_AREAS.map((area) => area.category)).toEqual(["EARNINGS", "KNOWLEDGE", "IMPACT", "LEADERSHIP", "EXPERIENCES", "OTHER"]);
    for (const area of GOAL_AREAS) {
      expect(area.label).not.toBe("");
      expect(area.description).not.toBe("");
      expect(area.exampleGoal).not.toBe("");
    }
  });
});
