import { describe, expect, it } from "vitest";
import { currentZoneName, listTimeZones, TimeZoneSchema } from "./time-zone";
import { filterZones, zoneLabel, zoneNow } from "./time-zone-options";

const zones = listTimeZones();

describe("listTimeZones", () => {
  it("offers current IANA names, not the ones ICU still reports", () => {
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).not.toContain("Asia/Calcutta");
    expect(zones).toContain("Europe/Kyiv");
    expect(zones).not.toContain("Europe/Kiev");
    expect(zones[0]).toBe("UTC");
    expect(new Set(zones).size).toBe(zones.length);
  });

  it("renames only what was renamed", () => {
    expect(currentZoneName("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
    expect(currentZoneName("Europe/Paris")).toBe("Europe/Paris");
  });
});

describe("filterZones", () => {
  it("finds a zone by the start of its city, with spaces for underscores", () => {
    expect(filterZones(zones, "new y")[0]).toBe("America/New_York");
    expect(filterZones(zones, "kolkata")).toEqual(["Asia/Kolkata"]);
    expect(filterZones(zones, "KOLK")).toEqual(["Asia/Kolkata"]);
  });

  it("ranks a city match before a region match and finds by region", () => {
    expect(filterZones(zones, "europe").length).toBeGreaterThan(30);
    expect(filterZones(zones, "london")).toEqual(["Europe/London"]);
    expect(filterZones(zones, "zzz")).toEqual([]);
    expect(filterZones(zones, "  ")).toHaveLength(zones.length);
  });
});

describe("zoneNow", () => {
  it("gives the offset and wall-clock time at an instant", () => {
    const now = new Date("2026-07-01T12:00:00Z");
    expect(zoneNow("Asia/Kolkata", now)).toEqual({ offset: "UTC+05:30", time: "17:30" });
    expect(zoneNow("America/New_York", now)).toEqual({ offset: "UTC-04:00", time: "08:00" });
    expect(zoneNow("UTC", now)).toEqual({ offset: "UTC+00:00", time: "12:00" });
  });
});

describe("TimeZoneSchema", () => {
  it("accepts a zone as shown, with spaces, and refuses a made-up one", () => {
    expect(TimeZoneSchema.parse("America/New York")).toBe("America/New_York");
    expect(TimeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
  });
});

it("labels zones with spaces", () => {
  expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
});
