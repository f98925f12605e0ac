import { describe, expect, it } from "vitest";
import { HORIZON_LABELS, HORIZONS, horizonGoalLabel, isHorizon, parseHorizon, storedHorizon } from "./horizon";

describe("parseHorizon", () => {
  it("reads the three horizons from a number or from the form's string", () => {
    expect(parseHorizon(1)).toBe(1);
    expect(parseHorizon("5")).toBe(5);
    expect(parseHorizon("10")).toBe(10);
  });

  it("names no horizon for anything else, including near misses", () => {
    for (const value of [0, 2, 3, 7, 12, -1, 5.5, Number.NaN, "", "0", "05", " 5", "5 ", "five", "1e1", "10.0"]) expect(parseHorizon(value)).toBeNull();
  });
});

describe("storedHorizon", () => {
  it("passes a stored horizon through", () => {
    for (const horizon of HORIZONS) expect(storedHorizon(horizon)).toBe(horizon);
  });

  it("refuses a row whose horizon is none of the three, instead of casting it", () => {
    expect(() => storedHorizon(3)).toThrow("A goal's horizon must be 1, 5 or 10 years, not 3.");
  });
});

describe("horizon labels", () => {
  it("names each horizon once", () => {
    expect(HORIZONS.map((horizon) => HORIZON_LABELS[horizon])).toEqual(["1 year", "5 years", "10 years"]);
    expect(horizonGoalLabel(5)).toBe("5-year goal");
    expect(isHorizon(10)).toBe(true);
    expect(isHorizon("10")).toBe(false);
  });
});
