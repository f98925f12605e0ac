import { describe, expect, it } from "vitest";
import { formatDayMonthYear } from "./last-updated";

describe("formatDayMonthYear", () => {
  it("shows the calendar date in the reader's time zone", () => {
    const instant = new Date("2026-11-20T23:30:00Z");
    expect(formatDayMonthYear(instant, "UTC")).toBe("20 Nov 2026");
    expect(formatDayMonthYear(instant, "Asia/Kathmandu")).toBe("21 Nov 2026");
    expect(formatDayMonthYear(new Date("2026-09-01T03:00:00Z"), "America/Los_Angeles")).toBe("31 Aug 2026");
    expect(formatDayMonthYear(new Date("2026-09-10T12:00:00Z"), "Europe/London")).toBe("10 Sep 2026");
  });
});
