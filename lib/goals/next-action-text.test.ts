import { describe, expect, it } from "vitest";
import { checkInNudgeText, daysAgoText, nextActionText } from "./next-action-text";

describe("next action words", () => {
  it.each([
    [0, "today"],
    [1, "yesterday"],
    [9, "9 days ago"],
    [21, "3 weeks ago"],
    [75, "3 months ago"],
    [800, "2 years ago"],
  ])("%i days → %s", (days, text) => {
    expect(daysAgoText(days)).toBe(text);
  });

  it("names the next step and its date, or asks for a first step", () => {
    expect(nextActionText({ kind: "step", title: "Draft the promotion case", deadline: "2027-01-12", status: "later" })).toBe("Next step: Draft the promotion case, by 12 Jan 2027");
    expect(nextActionText({ kind: "step", title: "Ask a mentor", deadline: null, status: null })).toBe("Next step: Ask a mentor (no date yet)");
    expect(nextActionText({ kind: "first-step" })).toMatch(/^Add a first step/);
  });

  it("asks for a check-in with how long it has been", () => {
    expect(checkInNudgeText(21, true)).toBe("Check in: last one 3 weeks ago");
    expect(checkInNudgeText(15, false)).toBe("Check in: none since you set it 2 weeks ago");
  });
});
