import { describe, expect, it } from "vitest";
import { firstSentence, goalHorizonFor, goalPrefillForArea, goalPrefillFromReflection, truncateAtWord } from "./goal-prefill";

function paramsOf(href: string): Record<string, string> {
  const url = new URL(href, "http://localhost");
  expect(url.pathname).toBe("/goals/new");
  return Object.fromEntries(url.searchParams);
}

describe("goalPrefillFromReflection", () => {
  it("uses the first sentence as the title and the question and answer as the relevance", () => {
    const params = paramsOf(goalPrefillFromReflection("define-success", "Leading a team I respect. Also time for family!"));
    expect(params).toEqual({
      title: "Leading a team I respect",
      relevant: "Reflection — How do you define career success?: Leading a team I respect. Also time for family!",
    });
  });

  it("encodes characters that mean something in a URL", () => {
    const href = goalPrefillFromReflection("financial-success", "Earn 100% more & save #1 = freedom? Yes/no + more");
    expect(href).not.toMatch(/[ #]|&(?!title=|relevant=)/);
    expect(href.split("&")).toHaveLength(2);
    expect(paramsOf(href).title).toBe("Earn 100% more & save #1 = freedom?");
    expect(paramsOf(href).relevant).toBe("Reflection — What does financial success look like to you?: Earn 100% more & save #1 = freedom? Yes/no + more");
  });

  it("takes only the first line for the title and keeps line breaks in the relevance", () => {
    const params = paramsOf(goalPrefillFromReflection("ideal-workday", "Quiet mornings\nTeam afternoons."));
    expect(params.title).toBe("Quiet mornings");
    expect(params.relevant).toBe("Reflection — What does your ideal workday look like?: Quiet mornings\nTeam afternoons.");
  });

  it("cuts a long title at a word boundary within 120 characters", () => {
    const answer = `${"career ".repeat(30)}end.`;
    const { title } = paramsOf(goalPrefillFromReflection("ultimate-job", answer));
    expect(Array.from(title ?? "").length).toBeLessThanOrEqual(120);
    expect(title).toMatch(/^career( career)*…$/);
  });

  it("cuts a long relevance at a word boundary within 500 characters", () => {
    const answer = "I want to build tools that help people learn. ".repeat(20);
    const { relevant } = paramsOf(goalPrefillFromReflection("purposeful-work", answer));
    expect(Array.from(relevant ?? "").length).toBeLessThanOrEqual(500);
    expect(relevant).toMatch(/^Reflection — Does your work feel purposeful, and if not, what would make it so\?: I want/);
    // What is kept is a prefix of the full text that ends where a word ends.
    const full = `Reflection — Does your work feel purposeful, and if not, what would make it so?: ${answer.trim()}`;
    const kept = (relevant ?? "").slice(0, -1);
    expect(relevant?.endsWith("…")).toBe(true);
    expect(full.startsWith(kept)).toBe(true);
    expect(full.charAt(kept.length)).toMatch(/\s/);
  });

  it("maps vision prompts to goal horizons: 5 years to 5, 10 and 20 years to 10", () => {
    expect(paramsOf(goalPrefillFromReflection("vision-5-years", "Team lead.")).horizon).toBe("5");
    expect(paramsOf(goalPrefillFromReflection("vision-10-years", "Director.")).horizon).toBe("10");
    expect(paramsOf(goalPrefillFromReflection("vision-20-years", "Founder.")).horizon).toBe("10");
    expect(paramsOf(goalPrefillFromReflection("define-success", "Freedom.")).horizon).toBeUndefined();
  });
});

describe("truncateAtWord", () => {
  it("leaves short text alone", () => {
    expect(truncateAtWord("short enough", 12)).toBe("short enough");
  });

  it("keeps a whole last word when the limit falls on a space", () => {
    expect(truncateAtWord("one two three", 8)).toBe("one two…");
    expect(truncateAtWord("one two three", 9)).toBe("one two…");
    expect(truncateAtWord("one two, three", 10)).toBe("one two…");
  });

  it("cuts a single overlong word rather than returning nothing, and never splits an emoji", () => {
    expect(truncateAtWord("supercalifragilistic", 6)).toBe("super…");
    expect(truncateAtWord("🚀🚀🚀🚀", 3)).toBe("🚀🚀…");
  });
});

describe("helpers", () => {
  it("finds the first sentence without splitting decimals", () => {
    expect(firstSentence("  Earn 1.5x more.  Then rest. ")).toBe("Earn 1.5x more");
    expect(firstSentence("Why not? Because.")).toBe("Why not?");
    expect(firstSentence("no full stop")).toBe("no full stop");
  });

  it("maps years to the nearest goal horizon not beyond them", () => {
    expect([1, 3, 5, 9, 10, 20].map(goalHorizonFor)).toEqual([1, 1, 5, 5, 10, 10]);
  });

  it("links a goal area to the goal form with its category", () => {
    expect(goalPrefillForArea("LEADERSHIP")).toBe("/goals/new?category=LEADERSHIP");
  });
});
