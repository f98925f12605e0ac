import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, daysBetween, daysInMonth, isValidCalendarDate, lastDayOfMonth, parseCalendarDate } from "./calendar-math";

describe("calendar math", () => {
  it.each([
    ["2026-11-20", true],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2027-02-29", false],
    ["2027-04-31", false],
    ["2027-13-01", false],
    ["2027-00-10", false],
    ["2027-1-5", false],
    ["27-01-05", false],
    ["2027-01-05T00:00:00Z", false],
    [" 2027-01-05", false],
    ["", false],
    ["next week", false],
  ])("isValidCalendarDate(%j) is %s", (value, valid) => {
    expect(isValidCalendarDate(value)).toBe(valid);
  });

  it("parses into parts and knows month lengths", () => {
    expect(parseCalendarDate("2027-03-09")).toEqual({ year: 2027, month: 3, day: 9 });
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(lastDayOfMonth(2026, 12)).toBe("2026-12-31");
    expect(lastDayOfMonth(2027, 9)).toBe("2027-09-30");
  });

  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-11-20", 6, "2027-05-20"],
    ["2026-08-31", 1, "2026-09-30"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-11-20", 18, "2028-05-20"],
    ["2027-03-31", -1, "2027-02-28"],
    ["2027-01-15", -13, "2025-12-15"],
  ])("addMonths(%s, %i) = %s, clamping the day", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2028-02-29", 1, "2029-02-28"],
    ["2028-02-29", 4, "2032-02-29"],
    ["2026-11-20", 5, "2031-11-20"],
    ["0099-06-01", 1, "0100-06-01"],
  ])("addYears(%s, %i) = %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    ["2026-11-20", 0, "2026-11-20"],
    ["2026-11-20", 90, "2027-02-18"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-03-01", -1, "2028-02-29"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2026-11-20", "2026-11-20", 0],
    ["2026-11-20", "2026-11-27", 7],
    ["2026-11-20", "2026-11-19", -1],
    ["2026-03-28", "2026-03-30", 2], // across a DST change in most zones: still whole days
    ["2027-12-31", "2028-12-31", 366],
  ])("daysBetween(%s, %s) = %i", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it("refuses malformed dates in arithmetic", () => {
    expect(() => addMonths("2027-02-30", 1)).toThrow(RangeError);
    expect(() => daysBetween("today", "2027-01-01")).toThrow(RangeError);
  });
});
