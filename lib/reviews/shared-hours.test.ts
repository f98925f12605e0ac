import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { findSharedSlot, isWithinReasonableHours, zonesOutsideHours } from "./shared-hours";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
const KATHMANDU = "Asia/Kathmandu";
const local = (instant: Date | null, zone: string) => (instant ? DateTime.fromJSDate(instant, { zone }).toFormat("ccc yyyy-MM-dd HH:mm") : null);
/** The shared slot for an 18:00 hour proposed by the first zone, as each zone reads it (in the order given). */
const slotSeenIn = (from: string, zones: [string, ...string[]], busy: { startsAt: Date; endsAt: Date }[] = []) => {
  const slot = findSharedSlot({ from: new Date(from), zones, preferredTime: "18:00", durationMinutes: 60, busy });
  return zones.map((zone) => local(slot, zone));
};

describe("reasonable hours", () => {
  it("09:00 in London is 04:00 in New York: outside for the buddy only", () => {
    const startsAt = new Date("2027-02-04T09:00:00Z");
    expect(isWithinReasonableHours(startsAt, 60, LONDON)).toBe(true);
    expect(zonesOutsideHours(startsAt, 60, [LONDON, NEW_YORK])).toEqual([NEW_YORK]);
  });

  it("ends by 21:00 and never on a weekend", () => {
    expect(isWithinReasonableHours(new Date("2027-02-04T20:00:00Z"), 60, LONDON)).toBe(true);
    expect(isWithinReasonableHours(new Date("2027-02-04T20:30:00Z"), 60, LONDON)).toBe(false);
    expect(isWithinReasonableHours(new Date("2027-02-06T12:00:00Z"), 60, LONDON)).toBe(false); // Saturday
  });
});

describe("findSharedSlot", () => {
  it("London and New York: 18:00 in London is 13:00 in New York, inside both", () => {
    expect(slotSeenIn("2027-02-01T00:00:00Z", [LONDON, NEW_YORK])).toEqual(["Mon 2027-02-01 18:00", "Mon 2027-02-01 13:00"]);
  });

  it("New York proposing 18:00 is 23:00 in London: the nearest time inside both is 15:00 New York, 20:00 London (ending by 21:00)", () => {
    expect(slotSeenIn("2027-02-01T05:00:00Z", [NEW_YORK, LONDON])).toEqual(["Mon 2027-02-01 15:00", "Mon 2027-02-01 20:00"]);
  });

  it("in the weeks when the US has changed clocks and the UK has not, the gap is 4 hours and the slot follows", () => {
    // 2027: the US springs forward on 14 March, the UK on 28 March.
    expect(slotSeenIn("2027-03-16T00:00:00Z", [NEW_YORK, LONDON])).toEqual(["Tue 2027-03-16 16:00", "Tue 2027-03-16 20:00"]);
    expect(slotSeenIn("2027-03-30T00:00:00Z", [NEW_YORK, LONDON])).toEqual(["Tue 2027-03-30 15:00", "Tue 2027-03-30 20:00"]);
  });

  it("Kathmandu (+05:45) and London: the proposer's half-hour grid lands on :45 and :15 for the other", () => {
    expect(slotSeenIn("2027-02-01T00:00:00Z", [LONDON, KATHMANDU])).toEqual(["Mon 2027-02-01 14:00", "Mon 2027-02-01 19:45"]);
    expect(slotSeenIn("2027-02-01T00:00:00Z", [KATHMANDU, LONDON])).toEqual(["Mon 2027-02-01 18:00", "Mon 2027-02-01 12:15"]);
  });

  it("avoids either person's existing sessions and weekends", () => {
    const busy = [{ startsAt: new Date("2027-02-05T17:30:00Z"), endsAt: new Date("2027-02-05T18:30:00Z") }];
    expect(slotSeenIn("2027-02-05T00:00:00Z", [LONDON, NEW_YORK], busy)[0]).toBe("Fri 2027-02-05 18:30"); // right after the busy hour
    expect(slotSeenIn("2027-02-06T00:00:00Z", [LONDON, NEW_YORK])[0]).toBe("Mon 2027-02-08 18:00"); // Saturday: the Monday
  });
});
