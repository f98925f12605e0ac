import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, localTimeToInstant, planDeadlineReminders } from "./schedule";

const at = (iso: string) => new Date(iso);
const plan = (deadline: string, timeZone: string) => planDeadlineReminders({ deadline, timeZone, policy: DEFAULT_POLICY }).map((reminder) => [reminder.dueKey, reminder.localDate, reminder.dueAt.toISOString()]);

describe("planDeadlineReminders", () => {
  it("plans 14, 7 and 1 days before, on the day and the day after, at 09:00 local", () => {
    expect(plan("2027-06-30", "Europe/London")).toEqual([
      ["2027-06-30:-14d", "2027-06-16", "2027-06-16T08:00:00.000Z"],
      ["2027-06-30:-7d", "2027-06-23", "2027-06-23T08:00:00.000Z"],
      ["2027-06-30:-1d", "2027-06-29", "2027-06-29T08:00:00.000Z"],
      ["2027-06-30:-0d", "2027-06-30", "2027-06-30T08:00:00.000Z"],
      ["2027-06-30:overdue", "2027-07-01", "2027-07-01T08:00:00.000Z"],
    ]);
  });

  it("keeps 09:00 local across New York's spring-forward (14 Mar 2027): the instant moves an hour", () => {
    // 7 days before is still EST (UTC-5); 1 day before is EDT (UTC-4).
    expect(plan("2027-03-20", "America/New_York")).toEqual([
      ["2027-03-20:-14d", "2027-03-06", "2027-03-06T14:00:00.000Z"],
      ["2027-03-20:-7d", "2027-03-13", "2027-03-13T14:00:00.000Z"],
      ["2027-03-20:-1d", "2027-03-19", "2027-03-19T13:00:00.000Z"],
      ["2027-03-20:-0d", "2027-03-20", "2027-03-20T13:00:00.000Z"],
      ["2027-03-20:overdue", "2027-03-21", "2027-03-21T13:00:00.000Z"],
    ]);
  });

  it("keeps 09:00 local across New York's fall-back (7 Nov 2027), on the 25-hour day itself", () => {
    expect(plan("2027-11-08", "America/New_York").slice(1, 4)).toEqual([
      ["2027-11-08:-7d", "2027-11-01", "2027-11-01T13:00:00.000Z"],
      ["2027-11-08:-1d", "2027-11-07", "2027-11-07T14:00:00.000Z"],
      ["2027-11-08:-0d", "2027-11-08", "2027-11-08T14:00:00.000Z"],
    ]);
  });

  it("handles a +05:45 zone (Kathmandu)", () => {
    expect(localTimeToInstant("2027-01-10", 9, 0, "Asia/Kathmandu")).toEqual(at("2027-01-10T03:15:00.000Z"));
  });

  it("handles Lord Howe's 30-minute daylight saving (ends 4 Apr 2027, starts 3 Oct 2027)", () => {
    expect(localTimeToInstant("2027-04-03", 9, 0, "Australia/Lord_Howe")).toEqual(at("2027-04-02T22:00:00.000Z"));
    expect(localTimeToInstant("2027-04-04", 9, 0, "Australia/Lord_Howe")).toEqual(at("2027-04-03T22:30:00.000Z"));
    expect(localTimeToInstant("2027-10-02", 9, 0, "Australia/Lord_Howe")).toEqual(at("2027-10-01T22:30:00.000Z"));
    expect(localTimeToInstant("2027-10-03", 9, 0, "Australia/Lord_Howe")).toEqual(at("2027-10-02T22:00:00.000Z"));
  });

  it("never skips or repeats a local day: one 09:00 per calendar day through a DST change", () => {
    const days = ["2027-03-12", "2027-03-13", "2027-03-14", "2027-03-15"];
    const instants = days.map((day) => localTimeToInstant(day, 9, 0, "America/New_York").getTime());
    const gaps = instants.slice(1).map((time, index) => (time - (instants[index] as number)) / 3_600_000);
    expect(gaps).toEqual([24, 23, 24]);
  });

  it("moves a time inside a spring-forward gap to the first valid minute", () => {
    expect(localTimeToInstant("2027-03-14", 2, 30, "America/New_York")).toEqual(at("2027-03-14T07:30:00.000Z"));
  });

  it("ignores duplicate and out-of-range offsets, and can leave out the overdue nudge", () => {
    const reminders = planDeadlineReminders({ deadline: "2027-06-30", timeZone: "UTC", policy: { offsetsDays: [3, 3, -2, 90, 0], hour: 18, overdueNudge: false } });
    expect(reminders.map((reminder) => [reminder.dueKey, reminder.dueAt.toISOString()])).toEqual([
      ["2027-06-30:-3d", "2027-06-27T18:00:00.000Z"],
      ["2027-06-30:-0d", "2027-06-30T18:00:00.000Z"],
    ]);
  });
});
