import { describe, expect, it } from "vitest";
import { formatDateTime, formatDayMonthYear, formatMonthYear, formatTime, MONTH_NAMES } from "./format";

describe("formatDayMonthYear", () => {
  it("shows the calendar date in the reader's time zone", () => {
    const instant = new Date("2026-11-20T23:30:00Z");
    expect(formatDayMonthYear(instant, "UTC")).toBe("20 Nov 2026");
    expect(formatDayMonthYear(instant, "Asia/Kathmandu")).toBe("21 Nov 2026");
    expect(formatDayMonthYear(new Date("2026-09-01T03:00:00Z"), "America/Los_Angeles")).toBe("31 Aug 2026");
    expect(formatDayMonthYear(new Date("2026-09-10T12:00:00Z"), "Europe/London")).toBe("10 Sep 2026");
  });
});

describe("formatTime", () => {
  it("writes a 24-hour HH:mm in the reader's zone, including a +05:45 offset", () => {
    expect(formatTime(new Date("2026-11-20T13:05:00Z"), "UTC")).toBe("13:05");
    expect(formatTime(new Date("2026-11-20T13:05:00Z"), "Asia/Kathmandu")).toBe("18:50");
    expect(formatTime(new Date("2026-11-20T18:15:00Z"), "Asia/Kathmandu")).toBe("00:00");
  });

  it("follows the clocks across a daylight-saving change", () => {
    // London springs forward at 01:00 UTC on 29 March 2026: one minute before is 00:59 GMT, one after 02:01 BST.
    expect(formatTime(new Date("2026-03-29T00:59:00Z"), "Europe/London")).toBe("00:59");
    expect(formatTime(new Date("2026-03-29T01:01:00Z"), "Europe/London")).toBe("02:01");
    // New York falls back on 1 November 2026: 01:30 happens twice, an hour apart in UTC.
    expect(formatTime(new Date("2026-11-01T05:30:00Z"), "America/New_York")).toBe("01:30");
    expect(formatTime(new Date("2026-11-01T06:30:00Z"), "America/New_York")).toBe("01:30");
  });
});

describe("formatDateTime", () => {
  it("joins the date and the time of the same zone, so a moment near midnight keeps its own day", () => {
    expect(formatDateTime(new Date("2026-11-05T11:34:00Z"), "UTC")).toBe("5 Nov 2026, 11:34");
    expect(formatDateTime(new Date("2026-11-20T18:20:00Z"), "Asia/Kathmandu")).toBe("21 Nov 2026, 00:05");
    expect(formatDateTime(new Date("2026-03-08T07:30:00Z"), "America/New_York")).toBe("8 Mar 2026, 03:30");
  });
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
