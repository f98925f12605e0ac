import { describe, expect, it } from "vitest";
import { commentPromptsFor } from "./feedback-prompts";

describe("commentPromptsFor", () => {
  it("suggests encouragement to someone new to this", () => {
    const prompts = commentPromptsFor("ENCOURAGEMENT", "Ada");
    expect(prompts.note).toBe("Ada is new to this and asked for encouragement.");
    expect(prompts.starters).toContain("What I like about this is ");
  });

  it("suggests candid critique, against their own plan, to someone experienced", () => {
    const prompts = commentPromptsFor("CANDID", "Ada");
    expect(prompts.note).toBe("Ada has done this before and asked for candid critique.");
    expect(prompts.starters[0]).toBe("The weakest part against your plan is ");
  });

  it("stays neutral, and says nothing about a preference, when none was given", () => {
    const prompts = commentPromptsFor(null, "Ada");
    expect(prompts.note).toBeNull();
    expect(prompts.starters).toEqual(["How did it go?", "What is next for you on this?", "Can I help with "]);
  });

  it("welcomes a comeback first, keeping the style's prompts", () => {
    const prompts = commentPromptsFor("CANDID", "Ada", { comeback: true });
    expect(prompts.starters[0]).toBe("Welcome back! Good to see you on this again.");
    expect(prompts.starters).toHaveLength(3);
    expect(prompts.note).toMatch(/^Ada is back after a break/);
    expect(prompts.note).toMatch(/candid critique/);
  });

  it("never compares the person with anyone else", () => {
    for (const style of ["ENCOURAGEMENT", "CANDID", null] as const) {
      for (const comeback of [false, true]) {
        const text = JSON.stringify(commentPromptsFor(style, "Ada", { comeback })).toLowerCase();
        expect(text).not.toMatch(/other people|others|everyone|better than|behind|missed|streak/);
      }
    }
  });
});
