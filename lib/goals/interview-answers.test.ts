import { describe, expect, it } from "vitest";
import { draftInterviewAnswer, goalFocus, paraphrase, type AnswerGoal, type AnswerKind } from "./interview-answers";

const TODAY = "2026-11-20";

function goal(fields: Partial<AnswerGoal> & Pick<AnswerGoal, "id" | "title">): AnswerGoal {
  return { category: "OTHER", horizonYears: 1, specific: "", measure: "", relevant: "", deadline: "2027-06-30", ...fields };
}

const articles = goal({ id: "articles", title: "Publish one article every week.", category: "IMPACT", measure: "52 articles published", relevant: "Writing clarifies my thinking" });
const aws = goal({ id: "aws", title: "Get AWS Solutions Architect certified by March 2027", category: "KNOWLEDGE", deadline: "2027-03-31", measure: "Pass the exam" });
const designSystem = goal({
  id: "design-system",
  title: "Lead the design system used by every product team",
  category: "IMPACT",
  horizonYears: 5,
  deadline: "2030-06-30",
  measure: "Adopted by 12 teams",
  relevant: "I care about consistent, accessible products",
});
const school = goal({ id: "school", title: "Found a coding school for career changers", category: "IMPACT", horizonYears: 10, deadline: "2035-09-01", measure: "First cohort graduates" });
const salary = goal({ id: "salary", title: "Earn $150k a year", category: "EARNINGS", horizonYears: 5, deadline: "2030-12-31", measure: "$150,000 base salary", relevant: "To support my family" });
const vp = goal({ id: "vp", title: "Become a VP of Engineering", category: "LEADERSHIP", horizonYears: 10, deadline: "2035-12-31", measure: "VP title" });
const all = [articles, aws, designSystem, school, salary, vp];

const sentences = (body: string) => body.split(/(?<=[.?!])\s+/).filter(Boolean);
const draft = (kind: AnswerKind, goals: AnswerGoal[], extra: { targetRole?: string; targetCompany?: string } = {}) => draftInterviewAnswer({ kind, goals, today: TODAY, ...extra });

describe("draftInterviewAnswer", () => {
  it.each<[AnswerKind, string]>([
    ["LONG_TERM", "What are your long-term career goals?"],
    ["SHORT_TERM", "What are your short-term career goals?"],
    ["NETWORKING", "What are your career goals?"],
  ])("%s answers %j", (kind, question) => {
    expect(draft(kind, all)).toMatchObject({ kind, question });
  });

  it.each<AnswerKind>(["LONG_TERM", "SHORT_TERM", "NETWORKING"])("%s with no goals asks the user to pick one", (kind) => {
    const answer = draft(kind, [], { targetRole: "Designer" });
    expect(answer.body).toMatch(/^Pick at least one goal/);
    expect(answer.warnings).toEqual([]);
  });

  it("long-term: prefers 10- then 5-year goals over pay and title ones, and ties them to the role and company", () => {
    const answer = draft("LONG_TERM", all, { targetRole: "Senior Product Designer", targetCompany: "Acme" });
    expect(answer.body).toBe(
      "Over the next ten years, I want to found a coding school for career changers by September 2035. " +
        "I also want to lead the design system used by every product team by June 2030. " +
        "That's why the Senior Product Designer role at Acme appeals to me: it's where I can grow toward that while contributing from day one.",
    );
    expect(answer.warnings).toEqual([]);
  });

  it("short-term: prefers 1-year goals, nearest deadline first, and keeps a date already in the title", () => {
    const answer = draft("SHORT_TERM", all, { targetRole: "Solutions Architect", targetCompany: "Globex" });
    expect(answer.body).toBe("Over the next year, I want to get AWS Solutions Architect certified by March 2027. " + "I also want to publish one article every week. " + "The Solutions Architect role at Globex is a natural next step for that: I'd be contributing from day one while building toward it.");
  });

  it.each<[string, { targetRole?: string; targetCompany?: string }, RegExp, RegExp | null]>([
    ["role and company", { targetRole: "Senior Product Designer", targetCompany: "Acme" }, /That's why the Senior Product Designer role at Acme appeals to me: /, null],
    ["role only", { targetRole: "Engineering Manager" }, /That's why an Engineering Manager role appeals to me: /, /\bat\b.*appeals/],
    ["company only", { targetCompany: "Acme" }, /That's why Acme appeals to me: /, /role/],
    ["neither", {}, /Each has a clear measure and a deadline, so I can see whether I'm on track and adjust\.$/, /appeals|role|Acme/],
    ["blank strings count as neither", { targetRole: "  ", targetCompany: "" }, /Each has a clear measure/, /appeals/],
  ])("long-term with %s", (_label, extra, present, absent) => {
    const { body } = draft("LONG_TERM", [designSystem, school], extra);
    expect(body).toMatch(present);
    if (absent) expect(body).not.toMatch(absent);
  });

  it("short-term with a company only, and with a role that already has an article", () => {
    expect(draft("SHORT_TERM", [articles], { targetCompany: "Acme" }).body).toContain("Acme is a natural next step for that:");
    expect(draft("SHORT_TERM", [articles], { targetRole: "a UX Researcher" }).body).toContain("A UX Researcher role is a natural next step for that:");
  });

  it("does not claim tracking that is not there", () => {
    const untracked = goal({ id: "x", title: "Learn Rust", horizonYears: 5, deadline: "2029-01-31" });
    expect(draft("LONG_TERM", [untracked]).body).toBe("Over the next five years, I want to learn Rust by January 2029.");
  });

  it("long-term falls back to 1-year goals without calling them long-term", () => {
    const { body } = draft("LONG_TERM", [articles, aws]);
    expect(body).toMatch(/^I'm still shaping my long-term plan, but it starts with what I'm focused on over the next year: I want to get AWS Solutions Architect certified by March 2027\./);
    expect(body).not.toMatch(/five|ten|years/);
  });

  it("short-term falls back to a longer goal and says how long it is", () => {
    const { body } = draft("SHORT_TERM", [school, designSystem]);
    expect(body).toMatch(/^My short-term focus is making real progress toward a bigger goal: over the next five years, I want to lead the design system/);
    expect(body).not.toContain("coding school");
  });

  it.each<[string, { targetRole?: string; targetCompany?: string }, string]>([
    ["role and company", { targetRole: "Senior Product Designer", targetCompany: "Acme" }, "That's what draws me to roles like Senior Product Designer at Acme. Would you be open to a 20-minute call about how you moved into a role like Senior Product Designer?"],
    ["role only", { targetRole: "Product Manager" }, "That's what draws me to Product Manager roles. Would you be open to a 20-minute call about how you moved into a role like Product Manager?"],
    ["company only", { targetCompany: "Acme" }, "That's what draws me to Acme. Would you be open to a 20-minute call about what it's like to work at Acme?"],
    ["neither", {}, "Would you be open to a 20-minute call about how you got to where you are, and what you'd do in my place?"],
  ])("networking with %s: 2-4 sentences ending with a concrete ask", (_label, extra, ending) => {
    const { body } = draft("NETWORKING", all, extra);
    expect(body.endsWith(ending)).toBe(true);
    expect(body.endsWith("?")).toBe(true);
    expect(sentences(body).length).toBeGreaterThanOrEqual(2);
    expect(sentences(body).length).toBeLessThanOrEqual(4);
    expect(body).toMatch(/^Over the next year, I want to get AWS Solutions Architect certified by March 2027\. /);
  });

  it("networking tells the goal that is not about pay or title when there is one", () => {
    expect(draft("NETWORKING", [salary, vp, school]).body).toMatch(/^Over the next ten years, I want to found a coding school/);
    expect(draft("NETWORKING", [salary, vp, school]).warnings).toEqual([]);
  });

  it.each<[string, AnswerGoal]>([
    ["a salary goal", salary],
    ["a salary goal outside the earnings category", goal({ id: "raise", title: "Get a raise to £70,000", category: "OTHER", horizonYears: 5, deadline: "2029-03-31" })],
    ["a title goal", vp],
    ["a promotion goal", goal({ id: "promo", title: "Get promoted to senior engineer", category: "LEADERSHIP", horizonYears: 5, deadline: "2029-03-31" })],
  ])("warns about %s and keeps the money and title out of the body", (_label, picked) => {
    for (const kind of ["LONG_TERM", "SHORT_TERM", "NETWORKING"] as const) {
      const answer = draft(kind, [picked], { targetRole: "Staff Engineer", targetCompany: "Acme" });
      expect(answer.warnings).toHaveLength(1);
      expect(answer.warnings[0]).toMatchObject({ goalId: picked.id, message: expect.stringMatching(/frame it around growth and contribution/) });
      expect(answer.body).not.toMatch(/[$€£]|\d{2,3}[,.]?\d{3}|\d+k\b|salary|raise|VP|promot|senior|title/i);
    }
  });

  it("reframes pay around scope and contribution, title around leading people or craft", () => {
    expect(draft("LONG_TERM", [salary]).body).toBe(
      "Over the next five years, I want to grow into work with more scope and impact, where my skills make a measurable difference to the business, because I want to support my family. " + "It has a clear measure and a deadline, so I can see whether I'm on track and adjust.",
    );
    expect(draft("LONG_TERM", [vp]).body).toContain("I want to grow into leading people and owning bigger outcomes, helping a team do its best work.");
    const senior = goal({ id: "senior", title: "Become a senior designer", category: "OTHER", horizonYears: 5, deadline: "2029-03-31" });
    expect(draft("LONG_TERM", [senior]).body).toContain("I want to take on more responsibility and deepen my craft, owning larger and more complex pieces of work.");
  });

  it("warns once per picked goal and never for goals left out", () => {
    expect(draft("LONG_TERM", [salary, vp]).warnings.map((warning) => warning.goalId)).toEqual(["vp", "salary"]);
    expect(draft("SHORT_TERM", [articles, aws, salary, vp]).warnings).toEqual([]);
    expect(draft("LONG_TERM", [designSystem, articles]).warnings).toEqual([]);
  });

  it("is deterministic, whatever the order of the goals", () => {
    for (const kind of ["LONG_TERM", "SHORT_TERM", "NETWORKING"] as const) {
      const input = { kind, goals: all, targetRole: "Designer", targetCompany: "Acme", today: TODAY };
      const first = draftInterviewAnswer(input);
      expect(draftInterviewAnswer(input)).toEqual(first);
      expect(draftInterviewAnswer({ ...input, goals: [...all].reverse() })).toEqual(first);
    }
  });

  it("leaves out a deadline that has passed", () => {
    const late = goal({ id: "late", title: "Learn Rust", horizonYears: 1, deadline: "2026-10-01" });
    expect(draft("SHORT_TERM", [late]).body).toBe("Over the next year, I want to learn Rust.");
  });

  it("leaves out a reason that is about money or too long", () => {
    const moneyReason = goal({ id: "m", title: "Learn Rust", relevant: "Rust jobs pay more money" });
    const longReason = goal({ id: "l", title: "Learn Rust", relevant: "word ".repeat(30) });
    expect(draft("SHORT_TERM", [moneyReason]).body).toBe("Over the next year, I want to learn Rust by June 2027.");
    expect(draft("SHORT_TERM", [longReason]).body).toBe("Over the next year, I want to learn Rust by June 2027.");
  });
});

describe("goalFocus", () => {
  it.each<[string, AnswerGoal["category"], "pay" | "title" | null]>([
    ["Double my salary", "OTHER", "pay"],
    ["Reach $200k total compensation", "OTHER", "pay"],
    ["Bill €800 a day", "OTHER", "pay"],
    ["Be rich", "OTHER", "pay"],
    ["Make 120k a year", "OTHER", "pay"],
    ["Build an emergency fund", "EARNINGS", "pay"],
    ["Get promoted", "OTHER", "title"],
    ["Earn a promotion to staff", "OTHER", "title"],
    ["Become Director of Product", "LEADERSHIP", "title"],
    ["Become an engineering manager", "LEADERSHIP", "title"],
    ["Be CTO of a startup", "OTHER", "title"],
    ["Reach C-level", "OTHER", "title"],
    ["Become a senior engineer", "OTHER", "title"],
    ["Make partner", "OTHER", "title"],
    ["Earn an MBA by 2030", "KNOWLEDGE", null],
    ["Learn Rust", "KNOWLEDGE", null],
    ["Present to senior stakeholders every quarter", "IMPACT", null],
    ["Run a 10k", "EXPERIENCES", null],
    ["Lead a team of 8 engineers", "LEADERSHIP", null],
    ["Improve health equity in rural clinics", "IMPACT", null],
  ])("%j (%s) → %s", (title, category, focus) => {
    expect(goalFocus({ title, category, specific: "", measure: "" })).toBe(focus);
  });
});

describe("paraphrase", () => {
  it.each([
    ["Publish one article every week.", "publish one article every week"],
    ["I want to learn Rust!", "learn Rust"],
    ["I'd like to speak at 3 conferences", "speak at 3 conferences"],
    ["My goal is to run a marathon", "run a marathon"],
    ["To mentor two juniors...", "mentor two juniors"],
    ["AWS certification by March 2027", "AWS certification by March 2027"],
    ["UX portfolio with 5 case studies?", "UX portfolio with 5 case studies"],
    ["  Lead   the guild  ", "lead the guild"],
  ])("%j → %j", (title, expected) => {
    expect(paraphrase(title)).toBe(expected);
  });

  it("writes a noun-phrase title as something to work toward", () => {
    const mba = goal({ id: "mba", title: "An MBA from INSEAD", category: "KNOWLEDGE", horizonYears: 5, deadline: "2030-06-30" });
    expect(draft("LONG_TERM", [mba]).body).toBe("Over the next five years, I'm working toward an MBA from INSEAD by June 2030.");
  });
});
