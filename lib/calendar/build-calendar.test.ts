import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEvent } from "./build-calendar";

const NOW = new Date("2026-11-20T12:00:00Z");

function deadline(date: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return { kind: "all-day", uid: `goal-${date}@stepwise`, date, summary: `Deadline ${date}`, description: "Open it", url: "https://stepwise.test/goals/1", ...overrides } as CalendarEvent;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

/** The unfolded lines of one VEVENT, by UID. */
function eventLines(text: string, uid: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  const block = unfolded.split("BEGIN:VEVENT").find((part) => part.includes(`\r\nUID:${uid}\r\n`));
  if (!block) throw new Error(`no event ${uid}`);
  return block.split("\r\n");
}

const DATES = [
  { date: "2027-03-31", start: "20270331", end: "20270401" },
  { date: "2028-02-29", start: "20280229", end: "20280301" },
  { date: "2027-02-28", start: "20270228", end: "20270301" },
  { date: "2028-02-28", start: "20280228", end: "20280229" },
  { date: "2026-12-31", start: "20261231", end: "20270101" },
  // The night European clocks go back and New Zealand's go forward: a local-time bug shows here.
  { date: "2027-09-26", start: "20270926", end: "20270927" },
];

describe("buildCalendar: all-day deadlines", () => {
  const text = buildCalendar({ name: "Stepwise", now: NOW, events: DATES.map(({ date }) => deadline(date)) });

  it.each(DATES)("writes $date as DTSTART;VALUE=DATE:$start and DTEND the next day", ({ date, start, end }) => {
    const lines = eventLines(text, `goal-${date}@stepwise`);
    expect(lines).toContain(`DTSTART;VALUE=DATE:${start}`);
    expect(lines).toContain(`DTEND;VALUE=DATE:${end}`);
    expect(lines.filter((line) => line.startsWith("DTSTART") || line.startsWith("DTEND"))).toHaveLength(2);
    expect(lines).toContain("TRANSP:TRANSPARENT");
  });

  it("parses back with ical.js as date-only values on exactly the calendar date", () => {
    const { events } = parse(text);
    expect(events).toHaveLength(DATES.length);
    for (const { date } of DATES) {
      const event = events.find((candidate) => candidate.uid === `goal-${date}@stepwise`);
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.startDate.toString()).toBe(date);
      const [year, month, day] = date.split("-").map(Number);
      expect({ year: event?.startDate.year, month: event?.startDate.month, day: event?.startDate.day }).toEqual({ year, month, day });
      expect(event?.duration.toString()).toBe("P1D");
    }
  });

  it("carries no time zone that a client could shift the date with", () => {
    expect(text).not.toMatch(/TZID|VTIMEZONE|X-WR-TIMEZONE/);
  });

  it("writes the same dates in processes running in other time zones", () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
    const script = `
      const { buildCalendar } = await import(${JSON.stringify(path.join(root, "lib/calendar/build-calendar.ts"))});
      const input = JSON.parse(process.argv[1]);
      const text = buildCalendar({ ...input, now: new Date(input.now) });
      process.stdout.write(JSON.stringify({ offset: new Date(2027, 0, 1).getTimezoneOffset(), text }));`;
    const input = JSON.stringify({ name: "Stepwise", now: NOW.toISOString(), events: DATES.map(({ date }) => deadline(date)) });
    const offsets = new Set<number>();
    for (const timeZone of ["Pacific/Auckland", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, input], {
        cwd: root,
        env: { ...process.env, TZ: timeZone },
        encoding: "utf8",
      });
      const result = JSON.parse(output) as { offset: number; text: string };
      offsets.add(result.offset);
      expect(result.text, timeZone).toBe(text);
    }
    // The child processes really did run in three different zones.
    expect(offsets.size).toBe(3);
  }, 30_000);

  it("refuses something that is not a calendar date", () => {
    expect(() => buildCalendar({ name: "x", now: NOW, events: [deadline("2027-02-29")] })).toThrow(/Not a calendar date/);
  });
});

describe("buildCalendar: timed review sessions", () => {
  const session: CalendarEvent = {
    kind: "timed",
    uid: "review-1@stepwise",
    startsAt: new Date("2027-03-01T17:30:00Z"),
    durationMinutes: 45,
    summary: "Stepwise review with Ada",
    description: "Prepare",
    url: "https://stepwise.test/buddies",
    sequence: 3,
  };
  const text = buildCalendar({ name: "Stepwise", now: NOW, events: [session] });

  it("writes DTSTART/DTEND in UTC from startsAt and the duration, with the session's SEQUENCE", () => {
    const lines = eventLines(text, "review-1@stepwise");
    expect(lines).toContain("DTSTART:20270301T173000Z");
    expect(lines).toContain("DTEND:20270301T181500Z");
    expect(lines).toContain("SEQUENCE:3");
    expect(lines).toContain("STATUS:CONFIRMED");
  });

  it("parses back to the same instants", () => {
    const [event] = parse(text).events;
    expect(event?.startDate.isDate).toBe(false);
    expect(event?.startDate.zone?.tzid).toBe("UTC");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2027-03-01T17:30:00.000Z");
    expect(event?.endDate.toJSDate().toISOString()).toBe("2027-03-01T18:15:00.000Z");
    expect(event?.sequence).toBe(3);
  });
});

describe("buildCalendar: the document", () => {
  it("keeps UIDs, escapes text and folds long lines so they parse back unchanged", () => {
    const summary = "Ada's deadline: Ship the redesign, v2; then rest — ünïcödé 🎯 " + "and a very long tail ".repeat(6);
    const description = "Line one\nLine two, with a comma; and a semicolon\\backslash\n\nhttps://stepwise.test/goals/abc";
    const text = buildCalendar({
      name: "Stepwise",
      description: "Deadlines",
      now: NOW,
      refreshSeconds: 3600,
      events: [deadline("2027-06-30", { uid: "goal-abc@stepwise", summary, description, url: "https://stepwise.test/goals/abc", lastModified: new Date("2026-11-01T09:00:00Z") })],
    });
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Stepwise");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
    const [event] = events;
    expect(event?.uid).toBe("goal-abc@stepwise");
    expect(event?.summary).toBe(summary);
    expect(event?.description).toBe(description);
    expect(event?.component.getFirstPropertyValue("url")).toBe("https://stepwise.test/goals/abc");
    expect(String(event?.component.getFirstPropertyValue("dtstamp"))).toBe("2026-11-20T12:00:00Z");
    expect(String(event?.component.getFirstPropertyValue("last-modified"))).toBe("2026-11-01T09:00:00Z");
  });

  it("escapes the calendar's own name and description like any other text", () => {
    const text = buildCalendar({ name: "Ada; Grace", description: "Deadlines, reviews\\more", now: NOW, events: [] });
    expect(text.split("\r\n")).toEqual(expect.arrayContaining(["X-WR-CALNAME:Ada\\; Grace", "X-WR-CALDESC:Deadlines\\, reviews\\\\more"]));
  });

  it("is a valid empty calendar when there is nothing to show", () => {
    const { calendar, events } = parse(buildCalendar({ name: "Stepwise", now: NOW, events: [] }));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  });
});
