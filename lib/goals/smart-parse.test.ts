import { describe, expect, it } from "vitest";
import { findAmounts, findTimePhrase, findTimePhrases, findVagueWords, parseNumber } from "./smart-parse";

const TODAY = "2026-11-20";

describe("parseNumber", () => {
  it.each([
    ["120,000", 120_000],
    ["120000", 120_000],
    ["1.5", 1.5],
    ["120k", 120_000],
    ["1.5 million", 1_500_000],
    ["2m", 2_000_000],
    ["3bn", 3_000_000_000],
    ["two", 2],
    ["Twelve", 12],
    ["twenty", 20],
    ["twenty-five", 25],
    ["forty", 40],
    ["a dozen", 12],
    ["half a dozen", 6],
    ["a couple of", 2],
    ["two million", 2_000_000],
    ["lots", null],
    ["", null],
  ])("%j → %s", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe("findAmounts", () => {
  it.each([
    ["Earn $120k a year by 2028", [{ kind: "money", value: 120_000, currency: "USD", per: "year", text: "$120k" }]],
    ["Earn €80,000 before I turn 40", [{ kind: "money", value: 80_000, currency: "EUR", text: "€80,000" }]],
    ["Make 120000 USD per year", [{ kind: "money", value: 120_000, currency: "USD", per: "year", text: "120000 USD" }]],
    ["Bill £500/day as a contractor", [{ kind: "money", value: 500, currency: "GBP", per: "day", text: "£500" }]],
    ["Raise two million dollars for the fund", [{ kind: "money", value: 2_000_000, currency: "USD", text: "two million dollars" }]],
    ["Increase my salary by 20% within 6 months", [{ kind: "percent", value: 20, text: "20%" }]],
    ["Cut costs by fifteen percent", [{ kind: "percent", value: 15, text: "fifteen percent" }]],
    ["Reach 1.5 million users in the next 18 months", [{ kind: "count", value: 1_500_000, unit: "users", text: "1.5 million users" }]],
    ["Give two talks a month at meetups by end of Q3", [{ kind: "count", value: 2, unit: "talks", per: "month", text: "two talks" }]],
    ["Take 3 courses per year", [{ kind: "count", value: 3, unit: "courses", per: "year", text: "3 courses" }]],
    ["Publish one article every week", [{ kind: "count", value: 1, unit: "article", per: "week", text: "one article" }]],
    ["Publish an article every 2 weeks", [{ kind: "count", value: 1, unit: "article", per: "week", text: "an article" }]],
    ["Go to the gym twice a week", [{ kind: "count", value: 2, unit: "times", per: "week", text: "twice" }]],
    ["Sign a dozen clients", [{ kind: "count", value: 12, unit: "clients", text: "a dozen clients" }]],
    ["Land 5 new clients", [{ kind: "count", value: 5, unit: "clients", text: "5 new clients" }]],
    ["Lead a team of 8 engineers by March 2027", [{ kind: "count", value: 8, unit: "engineers", text: "8 engineers" }]],
    ["Reduce my commute from 10 to 2 hours", [{ kind: "range", from: 10, to: 2, text: "from 10 to 2" }]],
    ["Double my salary", [{ kind: "relative", factor: 2, text: "Double" }]],
    ["Grow revenue 10x", [{ kind: "relative", factor: 10, text: "10x" }]],
    ["Cut my meeting hours in half", [{ kind: "relative", factor: 0.5, text: "in half" }]],
    ["Get my NPS to 50", [{ kind: "number", value: 50, text: "to 50" }]],
  ])("%j", (text, expected) => {
    expect(findAmounts(text)).toMatchObject(expected);
    expect(findAmounts(text)).toHaveLength(expected.length);
  });

  it.each(["Retire by 55", "Earn an MBA by 2030", "Switch careers in 2 years", "Work remotely within 6 months", "Run the 2026 marathon", "Become one of the people others ask", "Ship a B2B product", "Be in the top of my class", "Lead a team", "Go to the gym twice"])("finds no quantity in %j", (text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});

describe("findTimePhrases", () => {
  it.each([
    ["by 2028", "2028-12-31"],
    ["in 2027", "2027-12-31"],
    ["before 2028", "2027-12-31"],
    ["by the end of 2027", "2027-12-31"],
    ["by mid-2027", "2027-06-30"],
    ["by the start of 2028", "2028-01-01"],
    ["by March 2027", "2027-03-31"],
    ["by end of June 2027", "2027-06-30"],
    ["before September 2027", "2027-08-31"],
    ["by 15 March 2027", "2027-03-15"],
    ["by March 15, 2027", "2027-03-15"],
    ["by 2027-03-31", "2027-03-31"],
    ["by March", "2027-03-31"],
    ["by December", "2026-12-31"],
    ["before September", "2027-08-31"],
    ["by end of Q3", "2027-09-30"],
    ["by Q4", "2026-12-31"],
    ["in Q1 2028", "2028-03-31"],
    ["by the end of the third quarter", "2027-09-30"],
    ["by the end of the year", "2026-12-31"],
    ["by year-end", "2026-12-31"],
    ["this year", "2026-12-31"],
    ["by next year", "2027-12-31"],
    ["by the end of next month", "2026-12-31"],
    ["by the end of this month", "2026-11-30"],
    ["within 6 months", "2027-05-20"],
    ["within six months", "2027-05-20"],
    ["in 2 years", "2028-11-20"],
    ["in the next 18 months", "2028-05-20"],
    ["over the next three years", "2029-11-20"],
    ["within the next year", "2027-11-20"],
    ["within a year", "2027-11-20"],
    ["in a year and a half", "2028-05-20"],
    ["in 1.5 years", "2028-05-20"],
    ["in a couple of years", "2028-11-20"],
    ["within 90 days", "2027-02-18"],
    ["in 3 weeks", "2026-12-11"],
    ["3 years from now", "2029-11-20"],
  ])("%j → %s", (text, deadline) => {
    expect(findTimePhrase(`Do the thing ${text}`, TODAY)).toMatchObject({ kind: "date", deadline, text });
  });

  it.each([
    ["by end of Q3", "2026-05-10", "2026-09-30"],
    ["by end of Q3", "2026-09-30", "2026-09-30"],
    ["by end of Q3", "2026-10-01", "2027-09-30"],
    ["by the end of the year", "2026-12-31", "2026-12-31"],
    ["by March", "2027-03-31", "2027-03-31"],
    ["by March", "2027-04-01", "2028-03-31"],
    ["within 1 month", "2027-01-31", "2027-02-28"],
    ["within 1 month", "2028-01-31", "2028-02-29"],
    ["in 1 year", "2028-02-29", "2029-02-28"],
  ])("%j from %s → %s", (text, today, deadline) => {
    expect(findTimePhrase(text, today)).toMatchObject({ kind: "date", deadline });
  });

  it.each([
    ["Retire by 55", { kind: "age", age: 55, text: "by 55" }],
    ["Be a CTO before I turn 40", { kind: "age", age: 40, text: "before I turn 40" }],
    ["Own a home by the age of 35", { kind: "age", age: 35 }],
    ["Run a company by my 40th birthday", { kind: "age", age: 40 }],
    ["Retire at 60 and travel", { kind: "age", age: 60 }],
    ["Write a novel someday", { kind: "vague", text: "someday" }],
    ["Move abroad in a few years", { kind: "vague", text: "in a few years" }],
    ["Get certified soon", { kind: "vague" }],
    ["Publish one article every week", { kind: "cadence", period: "week", every: 1, text: "every week" }],
    ["Call a mentor each month", { kind: "cadence", period: "month" }],
    ["Post every other day", { kind: "cadence", period: "day", every: 2 }],
    ["Review my goals quarterly", { kind: "cadence", period: "quarter" }],
  ])("%j has a phrase that is not a date", (text, expected) => {
    expect(findTimePhrase(text, TODAY)).toMatchObject(expected);
  });

  it("lists every phrase in reading order and prefers a date", () => {
    const text = "Give two talks a month at meetups by end of Q3";
    expect(findTimePhrases(text, TODAY).map((phrase) => phrase.kind)).toEqual(["cadence", "date"]);
    expect(findTimePhrase(text, TODAY)).toMatchObject({ kind: "date", text: "by end of Q3" });
  });

  it("refuses a malformed today", () => {
    expect(() => findTimePhrases("by 2028", "2026-13-01")).toThrow(RangeError);
  });

  it.each(["Take a year off to travel", "Run the 2026 marathon", "Get promoted", "Increase my salary by 20%", "Work from home one day a week", ""])("finds no deadline in %j", (text) => {
    expect(findTimePhrases(text, TODAY).filter((phrase) => phrase.kind === "date" || phrase.kind === "age")).toEqual([]);
  });
});

describe("findVagueWords", () => {
  it.each([
    ["Read more books", ["more"]],
    ["Get better at public speaking", ["better"]],
    ["Write lots of blog posts", ["lots of"]],
    ["Make a lot of money", ["a lot"]],
    ["Improve my leadership skills", ["improve"]],
    ["I want to be rich and successful", ["rich", "successful"]],
    ["Grow my business", ["grow"]],
    ["Have a bigger impact", ["bigger"]],
    ["Learn some Spanish", ["some"]],
    ["Lead a team of 8 engineers", []],
    ["Move abroad in a few years", []],
    ["Write a novel someday", []],
  ])("%j → %j", (text, words) => {
    expect(findVagueWords(text).map((vague) => vague.word)).toEqual(words);
  });
});
