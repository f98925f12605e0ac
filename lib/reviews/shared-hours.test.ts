import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { findSharedSlot, isWithinReasonableHours, zonesOutsideHours } from "./shared-hours";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
const KATHMANDU = "Asia/Kathmandu";
const local = (instant: Date | null, zone: string) => (instant ? DateTime.fromJSDate(instant, { zone }).toFormat("ccc yyyy-MM-dd HH:mm") : null);

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
    const slot = findSharedSlot({ from: new Date("2027-02-01T00:00:00Z"), zones: [LONDON, NEW_YORK], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(slot, LONDON)).toBe("Mon 2027-02-01 18:00");
    expect(local(slot, NEW_YORK)).toBe("Mon 2027-02-01 13:00");
  });

  it("New York proposing 18:00 is 23:00 in London: the nearest time inside both is 15:00 New York, 20:00 London (ending by 21:00)", () => {
    const slot = findSharedSlot({ from: new Date("2027-02-01T05:00:00Z"), zones: [NEW_YORK, LONDON], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(slot, NEW_YORK)).toBe("Mon 2027-02-01 15:00");
    expect(local(slot, LONDON)).toBe("Mon 2027-02-01 20:00");
  });

  it("in the weeks when the US has changed clocks and the UK has not, the gap is 4 hours and the slot follows", () => {
    // 2027: the US springs forward on 14 March, the UK on 28 March.
    const slot = findSharedSlot({ from: new Date("2027-03-16T00:00:00Z"), zones: [NEW_YORK, LONDON], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(slot, NEW_YORK)).toBe("Tue 2027-03-16 16:00");
    expect(local(slot, LONDON)).toBe("Tue 2027-03-16 20:00");
    const after = findSharedSlot({ from: new Date("2027-03-30T00:00:00Z"), zones: [NEW_YORK, LONDON], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(after, NEW_YORK)).toBe("Tue 2027-03-30 15:00");
    expect(local(after, LONDON)).toBe("Tue 2027-03-30 20:00");
  });

  it("Kathmandu (+05:45) and London: the proposer's half-hour grid lands on :45 and :15 for the other", () => {
    const slot = findSharedSlot({ from: new Date("2027-02-01T00:00:00Z"), zones: [LONDON, KATHMANDU], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(slot, LONDON)).toBe("Mon 2027-02-01 14:00");
    expect(local(slot, KATHMANDU)).toBe("Mon 2027-02-01 19:45");
    const fromKathmandu = findSharedSlot({ from: new Date("2027-02-01T00:00:00Z"), zones: [KATHMANDU, LONDON], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(fromKathmandu, KATHMANDU)).toBe("Mon 2027-02-01 18:00");
    expect(local(fromKathmandu, LONDON)).toBe("Mon 2027-02-01 12:15");
  });

  it("avoids either person's existing sessions and weekends", () => {
    const busy = [{ startsAt: new Date("2027-02-05T17:30:00Z"), endsAt: new Date("2027-02-05T18:30:00Z") }];
    const slot = findSharedSlot({ from: new Date("2027-02-05T00:00:00Z"), zones: [LONDON, NEW_YORK], preferredTime: "18:00", durationMinutes: 60, busy });
    expect(local(slot, LONDON)).toBe("Fri 2027-02-05 18:30"); // right after the busy hour
    const saturday = findSharedSlot({ from: new Date("2027-02-06T00:00:00Z"), zones: [LONDON, NEW_YORK], preferredTime: "18:00", durationMinutes: 60, busy: [] });
    expect(local(saturday, LONDON)).toBe("Mon 2027-02-08 18:00");
  });
});
