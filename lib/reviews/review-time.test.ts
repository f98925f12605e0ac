import { describe, expect, it } from "vitest";
import { addCadence, formatReviewTime, localParts, suggestSlot, toInstant } from "./review-time";

describe("review times", () => {
  it("formats a session in the reader's zone with the zone's name", () => {
    const startsAt = new Date("2027-03-02T18:00:00Z");
    expect(formatReviewTime(startsAt, 60, "Europe/London")).toBe("Tuesday 2 March 2027, 18:00–19:00 (Europe/London)");
    expect(formatReviewTime(startsAt, 45, "America/New_York")).toBe("Tuesday 2 March 2027, 13:00–13:45 (America/New_York)");
    expect(formatReviewTime(startsAt, 90, "Asia/Tokyo")).toBe("Wednesday 3 March 2027, 03:00–04:30 (Asia/Tokyo)");
    expect(formatReviewTime(new Date("2027-09-14T23:30:00Z"), 60, "UTC")).toBe("Tuesday 14 September 2027, 23:30–Wednesday 15 September, 00:30 (UTC)");
  });

  it("turns a local date and time into an instant and back", () => {
    const instant = toInstant("2027-03-20", "18:00", "America/New_York");
    expect(instant.toISOString()).toBe("2027-03-20T22:00:00.000Z");
    expect(localParts(instant, "America/New_York")).toEqual({ date: "2027-03-20", time: "18:00" });
  });

  it("keeps the local time across DST when adding the cadence", () => {
    // 18:00 in New York in February is 23:00Z (EST); three months later, in May, it is 22:00Z (EDT).
    expect(addCadence(new Date("2027-02-10T23:00:00Z"), "America/New_York", 3).toISOString()).toBe("2027-05-10T22:00:00.000Z");
    // Europe: 18:00 in August (BST) → 18:00 in November (GMT).
    expect(addCadence(new Date("2027-08-10T17:00:00Z"), "Europe/London", 3).toISOString()).toBe("2027-11-10T18:00:00.000Z");
    // 31 May + 3 months clamps to 31 August (no overflow into September).
    expect(addCadence(new Date("2027-05-31T17:00:00Z"), "Europe/London", 3).toISOString()).toBe("2027-08-31T17:00:00.000Z");
  });

  it("suggests the cadence date on a weekday at 18:00 local", () => {
    // 2027-01-09 + 3 months = Friday 2027-04-09.
    const friday = suggestSlot({ since: new Date("2027-01-09T12:00:00Z"), cadenceMonths: 3, timeZone: "Europe/London", now: new Date("2027-01-10T00:00:00Z") });
    expect(friday).toEqual({ date: "2027-04-09", time: "18:00", startsAt: new Date("2027-04-09T17:00:00.000Z") });
    // 2027-01-10 + 3 months = Saturday 2027-04-10 → Monday 12 April.
    const monday = suggestSlot({ since: new Date("2027-01-10T12:00:00Z"), cadenceMonths: 3, timeZone: "Europe/London", now: new Date("2027-01-10T13:00:00Z") });
    expect(monday.date).toBe("2027-04-12");
  });

  it("never suggests a time in the past", () => {
    // Last review long ago; now is Friday 2027-06-04 19:00 London, after 18:00 → Monday 7 June.
    const late = suggestSlot({ since: new Date("2026-01-01T12:00:00Z"), cadenceMonths: 3, timeZone: "Europe/London", now: new Date("2027-06-04T18:00:00Z") });
    expect(late).toMatchObject({ date: "2027-06-07", time: "18:00" });
    // Now is Wednesday 09:00 London: today at 18:00.
    const today = suggestSlot({ since: new Date("2026-01-01T12:00:00Z"), cadenceMonths: 3, timeZone: "Europe/London", now: new Date("2027-06-02T08:00:00Z") });
    expect(today.date).toBe("2027-06-02");
  });
});
