import { describe, expect, it } from "vitest";
import { cueFromPlan, describeCue, IF_THEN_EXAMPLES, ifThenPlanProblem, minuteToTime } from "./if-then-plan";

describe("ifThenPlanProblem", () => {
  it("accepts plans that name a situation and an action, the examples included", () => {
    for (const plan of [...IF_THEN_EXAMPLES, "When I sit down on the train home, I read ten pages.", "as soon as the kids are asleep then I practise Spanish for 15 minutes"]) {
      expect(ifThenPlanProblem(plan), plan).toBeNull();
    }
  });

  it("has nothing to say about an empty plan: plans are optional", () => {
    expect(ifThenPlanProblem("   ")).toBeNull();
  });

  it("asks for the situation first when the plan does not start with one", () => {
    expect(ifThenPlanProblem("Write the promotion case")).toMatch(/Start with the moment it happens: “If …” or “When …”/);
  });

  it("asks for the action when there is no “then” part", () => {
    expect(ifThenPlanProblem("If it is Monday morning")).toMatch(/Add what you will do after “then”/);
  });

  it("asks for a clearer situation when it is one word", () => {
    expect(ifThenPlanProblem("If Monday, then I write the promotion case")).toMatch(/Describe the moment a little more/);
  });

  it("asks for a concrete action when it is one word", () => {
    expect(ifThenPlanProblem("If it is Monday 8:30, then write")).toMatch(/Say what you will do, with a verb/);
    expect(ifThenPlanProblem("If it is Monday 8:30, then")).toMatch(/Say what you will do/);
  });
});

describe("cueFromPlan", () => {
  it("reads the weekday and time the plan names", () => {
    expect(cueFromPlan(IF_THEN_EXAMPLES[0])).toEqual({ weekday: 1, minute: 8 * 60 + 30 });
    expect(cueFromPlan("When my last meeting on Thursday ends, then I call Ana")).toEqual({ weekday: 4, minute: null });
    expect(cueFromPlan("If it is 7pm on Sundays, then I plan the week")).toEqual({ weekday: 7, minute: 19 * 60 });
    expect(cueFromPlan("If it is 12 am, then I stop")).toEqual({ weekday: null, minute: 0 });
    expect(cueFromPlan("If it is noon on wed then I walk")).toEqual({ weekday: 3, minute: 12 * 60 });
    expect(cueFromPlan("If it is 20.15, then I read")).toEqual({ weekday: null, minute: 20 * 60 + 15 });
  });

  it("does not take durations, counts or impossible times for a time of day", () => {
    expect(cueFromPlan("If I open my laptop, then I write for 25 minutes")).toEqual({ weekday: null, minute: null });
    expect(cueFromPlan("If it is 25:00 or 13pm, then I rest")).toEqual({ weekday: null, minute: null });
    expect(cueFromPlan("If I see the Monitor, then I sundry")).toEqual({ weekday: null, minute: null });
  });
});

describe("describeCue", () => {
  it("says the cue in words, or nothing", () => {
    expect(describeCue({ weekday: 1, minute: 510 })).toBe("Mondays at 08:30");
    expect(describeCue({ weekday: 5, minute: null })).toBe("Fridays");
    expect(describeCue({ weekday: null, minute: 75 })).toBe("at 01:15");
    expect(describeCue({ weekday: null, minute: null })).toBe("");
    expect(minuteToTime(1439)).toBe("23:59");
  });
});
