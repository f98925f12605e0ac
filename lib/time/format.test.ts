import { describe, expect, it } from "vitest";
import { formatDateTime, formatDayMonthYear, formatMonthYear, formatTime, MONTH_NAMES } from "./format";

const FORMATS = { formatDayMonthYear, formatTime, formatDateTime };

// An instant as a reader in `zone` sees it: always that zone's own calendar day and clock.
it.each<[keyof typeof FORMATS, string, string, string]>([
  // The calendar date in the reader's time zone.
  ["formatDayMonthYear", "2026-11-20T23:30:00Z", "UTC", "20 Nov 2026"],
  ["formatDayMonthYear", "2026-11-20T23:30:00Z", "Asia/Kathmandu", "21 Nov 2026"],
  ["formatDayMonthYear", "2026-09-01T03:00:00Z", "America/Los_Angeles", "31 Aug 2026"],
  ["formatDayMonthYear", "2026-09-10T12:00:00Z", "Europe/London", "10 Sep 2026"],
  // A 24-hour HH:mm in the reader's zone, including a +05:45 offset.
  ["formatTime", "2026-11-20T13:05:00Z", "UTC", "13:05"],
  ["formatTime", "2026-11-20T13:05:00Z", "Asia/Kathmandu", "18:50"],
  ["formatTime", "2026-11-20T18:15:00Z", "Asia/Kathmandu", "00:00"],
  // Following the clocks: London springs forward at 01:00 UTC on 29 March 2026, one minute before is 00:59 GMT, one after 02:01 BST.
  ["formatTime", "2026-03-29T00:59:00Z", "Europe/London", "00:59"],
  ["formatTime", "2026-03-29T01:01:00Z", "Europe/London", "02:01"],
  // New York falls back on 1 November 2026: 01:30 happens twice, an hour apart in UTC.
  ["formatTime", "2026-11-01T05:30:00Z", "America/New_York", "01:30"],
  ["formatTime", "2026-11-01T06:30:00Z", "America/New_York", "01:30"],
  // The date and the time of the same zone, so a moment near midnight keeps its own day.
  ["formatDateTime", "2026-11-05T11:34:00Z", "UTC", "5 Nov 2026, 11:34"],
  ["formatDateTime", "2026-11-20T18:20:00Z", "Asia/Kathmandu", "21 Nov 2026, 00:05"],
  ["formatDateTime", "2026-03-08T07:30:00Z", "America/New_York", "8 Mar 2026, 03:30"],
])("%s(%s) in %s is %s", (format, instant, zone, expected) => {
  expect(FORMATS[format](new Date(instant), zone)).toBe(expected);
});

describe("formatMonthYear", () => {
  it("names the month of a calendar date", () => {
    expect(formatMonthYear("2027-10-31")).toBe("October 2027");
    expect(formatMonthYear("2026-01-01")).toBe("January 2026");
    expect(MONTH_NAMES).toHaveLength(12);
  });

  it("gives back what is not a calendar date rather than inventing a month", () => {
    expect(formatMonthYear("2027-13-01")).toBe("2027-13-01");
    expect(formatMonthYear("soon")).toBe("soon");
  });
});
