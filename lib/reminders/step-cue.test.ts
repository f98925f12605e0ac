import { describe, expect, it } from "vitest";
import { cueKey, cueOccurrence } from "./step-cue";

describe("cueOccurrence", () => {
  // 2027-03-31 is a Wednesday.
  it("is the last matching weekday up to the deadline, at the cue's time", () => {
    expect(cueOccurrence("2027-03-31", { weekday: 1, minute: 510 }, 9)).toEqual({ day: "2027-03-29", minute: 510 });
    expect(cueOccurrence("2027-03-31", { weekday: 4, minute: 510 }, 9)).toEqual({ day: "2027-03-25", minute: 510 });
  });

  it("counts the deadline itself when it is the cue's weekday", () => {
    expect(cueOccurrence("2027-03-31", { weekday: 3, minute: 600 }, 9)).toEqual({ day: "2027-03-31", minute: 600 });
  });

  it("uses the person's reminder hour without a time, and the deadline day without a weekday", () => {
    expect(cueOccurrence("2027-03-31", { weekday: 7, minute: null }, 18)).toEqual({ day: "2027-03-28", minute: 18 * 60 });
    expect(cueOccurrence("2027-03-31", { weekday: null, minute: 75 }, 9)).toEqual({ day: "2027-03-31", minute: 75 });
    expect(cueOccurrence("2027-03-31", { weekday: null, minute: null }, 9)).toBeNull();
  });

  it("names the occurrence in its key", () => {
    expect(cueKey("2027-03-31", { day: "2027-03-29", minute: 510 })).toBe("2027-03-31:cue:2027-03-29T08:30");
  });
});
