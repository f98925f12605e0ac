import { describe, expect, it } from "vitest";
import { analyzeSmart, isValidCalendarDate, type SmartDraft } from "./smart";

const TODAY = "2026-11-20";

describe("analyzeSmart: the statement alone", () => {
  // [statement, specific met, measurable met, time-bound met, suggested deadline]
  it.each<[string, boolean, boolean, boolean, string | undefined]>([
    ["I want to be rich", false, false, false, undefined],
    ["Get better at public speaking", false, false, false, undefined],
    ["Give two talks a month at meetups by end of Q3", true, true, true, "2027-09-30"],
    ["Earn $120k a year by 2028", true, true, true, "2028-12-31"],
    ["Increase my salary by 20% within 6 months", true, true, true, "2027-05-20"],
    ["Switch from teaching to UX design in 2 years", true, false, true, "2028-11-20"],
    ["Retire by 55", false, false, false, undefined],
    ["Earn an MBA by 2030", false, false, true, "2030-12-31"],
    ["Become a VP of Engineering", false, false, false, undefined],
    ["Work fully remote by the end of the year", true, false, true, "2026-12-31"],
    ["Open a consulting business with 5 clients", true, true, false, undefined],
    ["Read more books", false, false, false, undefined],
    ["Publish one article every week", true, true, false, undefined],
    ["Lead a team of 8 engineers by March 2027", true, true, true, "2027-03-31"],
    ["Get promoted", false, false, false, undefined],
    ["Earn €80,000 before I turn 40", true, true, false, undefined],
    ["Make 120000 USD per year as a data scientist", true, true, false, undefined],
    ["Double my salary in the next 18 months", true, true, true, "2028-05-20"],
    ["Take 3 courses per year on machine learning", true, true, false, undefined],
    ["Sign a dozen retainer clients for my studio by next year", true, true, true, "2027-12-31"],
    ["Reduce my commute from 10 to 2 hours a week", true, true, false, undefined],
    ["Grow my newsletter to 10,000 subscribers within a year", true, true, true, "2027-11-20"],
    ["Grow my business", false, false, false, undefined],
    ["Improve my leadership skills", false, false, false, undefined],
    ["Be more successful at work", false, false, false, undefined],
    ["Write lots of blog posts", false, false, false, undefined],
    ["Make a lot of money", false, false, false, undefined],
    ["Learn some Spanish", false, false, false, undefined],
    ["Have a bigger impact on my team", false, false, false, undefined],
    ["Run a half marathon by 15 March 2027", true, false, true, "2027-03-15"],
    ["Ship my side project before September", true, false, true, "2027-08-31"],
    ["Mentor two junior developers this year", true, true, true, "2026-12-31"],
    ["Get AWS Solutions Architect certified by mid-2027", true, false, true, "2027-06-30"],
    ["Speak at 3 conferences in 2027", true, true, true, "2027-12-31"],
    ["Become a staff engineer by the end of next year", true, false, true, "2027-12-31"],
    ["Hire 4 designers by end of Q1", true, true, true, "2027-03-31"],
    ["Grow revenue to €1.5 million within 3 years", true, true, true, "2029-11-20"],
    ["Cut my meeting hours in half by the end of the month", true, true, true, "2026-11-30"],
    ["Take a sabbatical to travel someday", true, false, false, undefined],
    ["Launch my podcast and release an episode every 2 weeks", true, true, false, undefined],
    ["Save 10% of my income every month for the next 2 years", true, true, true, "2028-11-20"],
    ["Give a talk at a conference in Q2 2027", true, false, true, "2027-06-30"],
    ["Reach 1.5 million users in the next 18 months", true, true, true, "2028-05-20"],
    ["Go to the gym twice a week", true, true, false, undefined],
    ["Complete the Google UX certificate within 90 days", true, false, true, "2027-02-18"],
    ["Lead the migration to Kubernetes by 2027-06-30", true, false, true, "2027-06-30"],
    ["Finish my degree someday", false, false, false, undefined],
    ["Work four days a week by the start of 2028", true, true, true, "2028-01-01"],
    ["Earn 10x more from freelancing", true, true, false, undefined],
    ["Move into product management within the next year", true, false, true, "2027-11-20"],
    ["Earn $120k a year by 2020", true, true, false, undefined],
    ["", false, false, false, undefined],
    ["   \n\t ", false, false, false, undefined],
  ])("%j → specific %s, measurable %s, time-bound %s, deadline %s", (statement, specific, measurable, timeBound, suggestedDeadline) => {
    const result = analyzeSmart({ statement }, TODAY);
    expect({ specific: result.specific.met, measurable: result.measurable.met, timeBound: result.timeBound.met, suggestedDeadline: result.suggestedDeadline }).toEqual({
      specific,
      measurable,
      timeBound,
      suggestedDeadline,
    });
    // Whatever is not met says what to do about it.
    for (const check of [result.specific, result.measurable, result.attainable, result.relevant, result.timeBound]) {
      if (!check.met) expect(check.suggestion).toMatch(/\S/);
    }
  });
});

describe("analyzeSmart: suggestions quote what the user wrote", () => {
  it.each<[string, "specific" | "measurable" | "timeBound", string]>([
    ["Read more books", "measurable", 'Replace "more" with a number: how much more, of what?'],
    ["Read more books", "specific", '"more" is vague. Say what exactly will be different: which role, skill, amount or result?'],
    ["I want to be rich", "measurable", 'Replace "rich" with a number: how much money, earned or saved, by when?'],
    ["Get better at public speaking", "measurable", 'Replace "better" with a number: better by how much, measured how?'],
    ["Write lots of blog posts", "measurable", 'Replace "lots of" with a number: how many exactly?'],
    ["Make a lot of money", "specific", '"a lot" is vague.'],
    ["Improve my leadership skills", "measurable", 'Replace "Improve" with a number: improve from what to what?'],
    ["Be more successful at work", "specific", '"more" is vague.'],
    ["Grow my business", "measurable", 'Replace "Grow" with a number: grow from what to what?'],
    ["Have a bigger impact on my team", "measurable", 'Replace "bigger" with a number: how much bigger, from what to what?'],
    ["Get promoted", "specific", 'Say what exactly will be different: which role, skill, amount or result? "Get promoted" leaves that open.'],
    ["Become a VP of Engineering", "measurable", 'How will you know "Become a VP of Engineering" is done?'],
    ["Retire by 55", "timeBound", '"by 55" can\'t go on a calendar by itself: set the deadline to the date you mean, such as your 55th birthday.'],
    ["Earn €80,000 before I turn 40", "timeBound", "such as your 40th birthday"],
    ["Publish one article every week", "timeBound", '"every week" says how often, not by when'],
    ["Take a sabbatical to travel someday", "timeBound", '"someday" has no date: pick one, like "by November 2027"'],
    ["Open a consulting business with 5 clients", "timeBound", 'Add a deadline: by when will this be done? For example "by November 2027".'],
    ["Earn $120k a year by 2028", "timeBound", 'Set the deadline to 2028-12-31 to match "by 2028".'],
    ["Earn $120k a year by 2020", "timeBound", '"by 2020" (2020-12-31) has already passed: choose 2026-11-20 or a later date.'],
    ["", "specific", "Write your goal in one sentence: what will be different, and by when?"],
  ])("%j → %s: %s", (statement, check, suggestion) => {
    expect(analyzeSmart({ statement }, TODAY)[check].suggestion).toContain(suggestion);
  });

  it("shortens a long statement when quoting it", () => {
    const statement = "Become the person on my team everyone asks about accessibility and inclusive design practices";
    expect(analyzeSmart({ statement }, TODAY).measurable.suggestion).toContain('"Become the person on my team everyone asks about accessibil…"');
  });
});

describe("analyzeSmart: the other fields", () => {
  it.each<[string, SmartDraft, boolean, boolean]>([
    ["Specific detail makes a title goal specific", { statement: "Become a VP of Engineering", specific: "Run the platform org of 40 engineers at a Series C startup" }, true, true],
    ["a finish line under Measure counts for a yes/no goal", { statement: "Earn an MBA by 2030", measure: "Degree awarded by INSEAD" }, false, true],
    ["a number under Measure pins down a vague word, but three words are still not specific", { statement: "Read more books", measure: "24 books finished" }, false, true],
    ["a one-word Measure is not enough", { statement: "Get promoted", measure: "promotion" }, false, false],
  ])("%s", (_label, draft, specific, measurable) => {
    const result = analyzeSmart(draft, TODAY);
    expect(result.specific.met).toBe(specific);
    expect(result.measurable.met).toBe(measurable);
    // Once a number qualifies it, a vague word is no longer the complaint.
    expect(result.specific.suggestion ?? "").not.toMatch(/is vague/);
  });

  it.each<[string | undefined, boolean, string | undefined]>([
    [undefined, false, "What makes this within reach: skills you have, resources, who can help?"],
    ["", false, "What makes this within reach: skills you have, resources, who can help?"],
    ["  ", false, "What makes this within reach: skills you have, resources, who can help?"],
    ["savings", false, '"savings" is a start. What makes this within reach: skills you have, resources, who can help?'],
    ["my manager", false, '"my manager" is a start. What makes this within reach: skills you have, resources, who can help?'],
    ["Six months of savings and a mentor who made the same switch", true, undefined],
    ["I already run the design critiques", true, undefined],
  ])("attainable %j → met %s", (attainable, met, suggestion) => {
    expect(analyzeSmart({ statement: "Lead a team of 8 engineers by March 2027", attainable }, TODAY).attainable).toEqual(suggestion ? { met, suggestion } : { met });
  });

  it.each<[string | undefined, boolean, string | undefined]>([
    [undefined, false, "Why does this matter to you? Link it to your values or to what you wrote in your reflections."],
    ["money", false, '"money" is a start. Why does this matter to you? Link it to your values or to what you wrote in your reflections.'],
    ["Teaching others is what I enjoy most", true, undefined],
    ["Family comes first", true, undefined],
  ])("relevant %j → met %s", (relevant, met, suggestion) => {
    expect(analyzeSmart({ statement: "Lead a team of 8 engineers by March 2027", relevant }, TODAY).relevant).toEqual(suggestion ? { met, suggestion } : { met });
  });
});

describe("analyzeSmart: deadlines", () => {
  it.each<[string, SmartDraft, string, { met: boolean; suggestion?: RegExp }, string | undefined]>([
    ["a valid deadline and no phrase", { statement: "Become a VP of Engineering", deadline: "2030-06-30", horizonYears: 5 }, TODAY, { met: true }, undefined],
    ["a deadline equal to the phrase's date", { statement: "Earn $120k a year by 2028", deadline: "2028-12-31", horizonYears: 5 }, TODAY, { met: true }, undefined],
    ["a deadline that disagrees with the phrase", { statement: "Earn $120k a year by 2028", deadline: "2028-06-30", horizonYears: 5 }, TODAY, { met: true, suggestion: /^Your statement says "by 2028" \(2028-12-31\) but the deadline is 2028-06-30: make them agree\.$/ }, "2028-12-31"],
    ["a deadline of today", { statement: "Ship the release", deadline: TODAY }, TODAY, { met: true }, undefined],
    ["a deadline in the past", { statement: "Ship the release", deadline: "2026-11-19" }, TODAY, { met: false, suggestion: /^The deadline 2026-11-19 has already passed: choose 2026-11-20 or a later date\.$/ }, undefined],
    ["a deadline beyond a 1-year horizon's reach", { statement: "Ship the release", deadline: "2028-05-21", horizonYears: 1 }, TODAY, { met: false, suggestion: /^2028-05-21 is beyond a 1-year goal's reach \(up to 18 months, so by 2028-05-20\): bring the deadline forward or choose a longer horizon\.$/ }, undefined],
    // A horizon is approximate: a 1-year goal due in 13 months is fine (issue 15).
    ["a 1-year goal due in 13 months", { statement: "Ship the release", deadline: "2027-12-20", horizonYears: 1 }, TODAY, { met: true }, undefined],
    ["a deadline on the last day of the horizon's reach", { statement: "Ship the release", deadline: "2028-05-20", horizonYears: 1 }, TODAY, { met: true }, undefined],
    ["a deadline beyond a 10-year horizon", { statement: "Found a school", deadline: "2038-11-21", horizonYears: 10 }, TODAY, { met: false, suggestion: /break the goal into stages/ }, undefined],
    ["a 5-year goal due within a year", { statement: "Ship the release", deadline: "2027-05-01", horizonYears: 5 }, TODAY, { met: true, suggestion: /^2027-05-01 is within a year: this may be a 1-year goal rather than a 5-year one\.$/ }, undefined],
    ["a 10-year goal due within 5 years", { statement: "Found a school", deadline: "2029-09-01", horizonYears: 10 }, TODAY, { met: true, suggestion: /within 5 years: this may be a 5-year goal rather than a 10-year one/ }, undefined],
    ["a 5-year goal due in 3 years", { statement: "Found a school", deadline: "2029-09-01", horizonYears: 5 }, TODAY, { met: true }, undefined],
    ["an impossible date", { statement: "Ship the release", deadline: "2027-02-30" }, TODAY, { met: false, suggestion: /^"2027-02-30" is not a real date: write it as YYYY-MM-DD, like 2027-11-20\.$/ }, undefined],
    ["words instead of a date", { statement: "Ship the release by March 2027", deadline: "next week" }, TODAY, { met: false, suggestion: /like 2027-03-31/ }, "2027-03-31"],
    ["Feb 29 in a leap year", { statement: "Ship the release", deadline: "2028-02-29" }, TODAY, { met: true }, undefined],
    ["Feb 29 in a common year", { statement: "Ship the release", deadline: "2027-02-29" }, TODAY, { met: false, suggestion: /not a real date/ }, undefined],
    ["a blank deadline counts as none", { statement: "Earn $120k a year by 2028", deadline: "  " }, TODAY, { met: true, suggestion: /Set the deadline to 2028-12-31/ }, "2028-12-31"],
    ["an age phrase with a deadline set", { statement: "Earn €80,000 before I turn 40", deadline: "2031-04-12" }, TODAY, { met: true }, undefined],
    ["a cadence with a deadline set", { statement: "Publish one article every week", deadline: "2027-06-30" }, TODAY, { met: true }, undefined],
    ["a phrase beyond the horizon is not offered", { statement: "Earn $120k a year by 2028", horizonYears: 1 }, TODAY, { met: false, suggestion: /^"by 2028" \(2028-12-31\) is beyond a 1-year goal's reach \(up to 18 months, so by 2028-05-20\)/ }, undefined],
    ["a phrase within a shorter horizon", { statement: "Earn $120k a year by the end of the year", horizonYears: 5 }, TODAY, { met: true, suggestion: /Set the deadline to 2026-12-31 to match "by the end of the year"\. 2026-12-31 is within a year/ }, "2026-12-31"],
    ["a missing deadline suggests one inside the horizon", { statement: "Found a school", horizonYears: 5 }, TODAY, { met: false, suggestion: /For example "by November 2031"/ }, undefined],
    ["a date phrase in the Specific field", { statement: "Lead a team of 8 engineers", specific: "Own the payments platform by June 2027" }, TODAY, { met: true, suggestion: /2027-06-30/ }, "2027-06-30"],
    ["within 1 month from Jan 31", { statement: "Publish my portfolio within 1 month" }, "2027-01-31", { met: true, suggestion: /^Set the deadline to 2027-02-28 to match "within 1 month"\.$/ }, "2027-02-28"],
    ["within 1 month from Jan 31 of a leap year", { statement: "Publish my portfolio within 1 month" }, "2028-01-31", { met: true, suggestion: /2028-02-29/ }, "2028-02-29"],
    ["in 1 year from Feb 29", { statement: "Publish my portfolio in 1 year" }, "2028-02-29", { met: true, suggestion: /2029-02-28/ }, "2029-02-28"],
    ["end of Q3 seen from the third quarter", { statement: "Give two talks a month at meetups by end of Q3" }, "2027-07-01", { met: true, suggestion: /2027-09-30/ }, "2027-09-30"],
    ["end of Q3 seen from the fourth quarter", { statement: "Give two talks a month at meetups by end of Q3" }, "2027-10-01", { met: true, suggestion: /2028-09-30/ }, "2028-09-30"],
    ["the end of the year on New Year's Eve", { statement: "Work fully remote by the end of the year" }, "2026-12-31", { met: true, suggestion: /2026-12-31/ }, "2026-12-31"],
  ])("%s", (_label, draft, today, timeBound, suggestedDeadline) => {
    const result = analyzeSmart(draft, today);
    expect(result.timeBound.met).toBe(timeBound.met);
    if (timeBound.suggestion) expect(result.timeBound.suggestion).toMatch(timeBound.suggestion);
    else expect(result.timeBound.suggestion).toBeUndefined();
    expect(result.suggestedDeadline).toBe(suggestedDeadline);
  });

  it("refuses a malformed today", () => {
    expect(() => analyzeSmart({ statement: "Ship it" }, "20/11/2026")).toThrow(RangeError);
  });

  it("re-exports isValidCalendarDate", () => {
    expect(isValidCalendarDate("2028-02-29")).toBe(true);
    expect(isValidCalendarDate("2027-02-29")).toBe(false);
  });

  it("meets every part for a complete SMART goal", () => {
    const draft: SmartDraft = {
      statement: "Give two talks a month at meetups by end of Q3",
      specific: "Talks on accessible design systems at London and remote meetups",
      measure: "Talks given, counted monthly",
      attainable: "I've given three internal talks and my manager will coach me",
      relevant: "Speaking is how I want to grow my influence in the design community",
      deadline: "2027-09-30",
      horizonYears: 1,
    };
    expect(analyzeSmart(draft, TODAY)).toEqual({ specific: { met: true }, measurable: { met: true }, attainable: { met: true }, relevant: { met: true }, timeBound: { met: true } });
  });
});
