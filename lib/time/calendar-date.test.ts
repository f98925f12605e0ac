import { describe, expect, it } from "vitest";
import { formatCalendarDate, fromDbDate, todayIn, toDbDate } from "./calendar-date";

describe("calendar dates", () => {
  it("formats without ICU variations or time-zone shifts", () => {
    expect(formatCalendarDate("2026-09-10")).toBe("10 Sep 2026");
    expect(formatCalendarDate("2028-12-31")).toBe("31 Dec 2028");
    expect(formatCalendarDate("2026-11-20", "long")).toBe("Friday 20 November");
  });

  it("round-trips through the database's date representation", () => {
    expect(fromDbDate(toDbDate("2028-02-29"))).toBe("2028-02-29");
  });

  it("knows that today differs across time zones", () => {
    const instant = new Date("2026-11-20T20:30:00Z");
    expect(todayIn("Europe/London", instant)).toBe("2026-11-20");
    expect(todayIn("Asia/Kathmandu", instant)).toBe("2026-11-21");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-20");
  });
});
