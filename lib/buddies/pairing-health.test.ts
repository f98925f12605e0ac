import { describe, expect, it } from "vitest";
import { pairingHealth, SILENT_CYCLES_BEFORE_CHOICE, type PairingActivity } from "./pairing-health";

const startedAt = new Date("2027-01-01T10:00:00Z");
const base: PairingActivity = { cadence: "WEEKLY", startedAt, renewedAt: null, pausedAt: null, lastActivityAt: null };
const daysAfter = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);

describe("pairingHealth", () => {
  it("counts whole cadence periods of silence since the pairing started", () => {
    expect(pairingHealth(base, daysAfter(startedAt, 6.9))).toEqual({ state: "active", silentCycles: 0, silentSince: startedAt });
    expect(pairingHealth(base, daysAfter(startedAt, 7))).toMatchObject({ state: "active", silentCycles: 1 });
    expect(pairingHealth(base, daysAfter(startedAt, 13.9))).toMatchObject({ state: "active", silentCycles: 1 });
    expect(pairingHealth(base, daysAfter(startedAt, 14))).toMatchObject({ state: "needs-choice", silentCycles: SILENT_CYCLES_BEFORE_CHOICE });
  });

  it("uses the agreed cadence: two silent fortnights or months, not two weeks", () => {
    expect(pairingHealth({ ...base, cadence: "BIWEEKLY" }, daysAfter(startedAt, 20))).toMatchObject({ state: "active", silentCycles: 1 });
    expect(pairingHealth({ ...base, cadence: "BIWEEKLY" }, daysAfter(startedAt, 28))).toMatchObject({ state: "needs-choice", silentCycles: 2 });
    expect(pairingHealth({ ...base, cadence: "MONTHLY" }, daysAfter(startedAt, 59))).toMatchObject({ state: "active", silentCycles: 1 });
    expect(pairingHealth({ ...base, cadence: "MONTHLY" }, daysAfter(startedAt, 60))).toMatchObject({ state: "needs-choice" });
  });

  it("starts counting again from the latest activity or renewal, whichever is later", () => {
    const lastActivityAt = daysAfter(startedAt, 10);
    expect(pairingHealth({ ...base, lastActivityAt }, daysAfter(startedAt, 20))).toEqual({ state: "active", silentCycles: 1, silentSince: lastActivityAt });
    const renewedAt = daysAfter(startedAt, 15);
    expect(pairingHealth({ ...base, lastActivityAt, renewedAt }, daysAfter(startedAt, 28))).toEqual({ state: "active", silentCycles: 1, silentSince: renewedAt });
    // Activity from before the pairing (an old comment) does not move the start back.
    expect(pairingHealth({ ...base, lastActivityAt: daysAfter(startedAt, -30) }, daysAfter(startedAt, 3))).toMatchObject({ silentCycles: 0, silentSince: startedAt });
  });

  it("a paused pairing is not silent, however long the pause", () => {
    const pausedAt = daysAfter(startedAt, 15);
    expect(pairingHealth({ ...base, pausedAt }, daysAfter(startedAt, 100))).toEqual({ state: "paused", pausedAt });
  });
});
