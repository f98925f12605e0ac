// Turns calendar events (plain DTOs) into an iCalendar (RFC 5545) document.
// Pure: no database, no clock (the caller passes `now`), so the same input gives the same text.
//
// Written by hand rather than with ical-generator (still used for review invitations, which
// need attendees and iTIP): a feed carries hundreds of events, and ical-generator's per-event
// objects, random default ids and generic date handling made up a quarter of the feed route's
// CPU in the HTTP benchmark. The output is the one ical-generator wrote, line for line
// (same properties, order, escaping and folding), except that the calendar's own name and
// description are now escaped like any other text.
//
// All-day deadlines: a deadline is a calendar date, not an instant, so it comes out as
// DTSTART;VALUE=DATE:YYYYMMDD taken straight from the 'YYYY-MM-DD' string, with no time-zone
// arithmetic anywhere: the day written is exactly the day stored, whatever the server's TZ
// (build-calendar.test.ts proves it in processes run under other zones).
import { daysInMonth, parseCalendarDate, toCalendarDate } from "@/lib/time/calendar-math";

type EventBase = {
  /** Stable across feeds and downloads ("goal-<id>@stepwise"), so a calendar updates rather than duplicates. */
  uid: string;
  summary: string;
  description: string;
  url: string;
  sequence?: number;
  lastModified?: Date;
};

/** A deadline: one whole calendar day ('YYYY-MM-DD'), the same day in every viewer's time zone. */
export type AllDayCalendarEvent = EventBase & { kind: "all-day"; date: string };

/** A scheduled moment (a review session), written in UTC. */
export type TimedCalendarEvent = EventBase & { kind: "timed"; startsAt: Date; durationMinutes: number };

export type CalendarEvent = AllDayCalendarEvent | TimedCalendarEvent;

export type CalendarDocument = {
  name: string;
  description?: string;
  events: CalendarEvent[];
  /** DTSTAMP of every event. */
  now: Date;
  /** How often subscribing clients should refresh (REFRESH-INTERVAL / X-PUBLISHED-TTL), in seconds. */
  refreshSeconds?: number;
};

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** UTC date-time, e.g. 20270301T173000Z. */
function utcDateTime(value: Date): string {
  const iso = value.toISOString(); // 2027-03-01T17:30:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** An all-day event's DTSTART and (exclusive) DTEND values: 'YYYY-MM-DD' and the next day as iCalendar DATEs. */
function allDayValues(date: string): [start: string, end: string] {
  const parts = parseCalendarDate(date);
  if (!parts) throw new Error(`Not a calendar date: ${date}`);
  const { year, month, day } = parts;
  const next = day < daysInMonth(year, month) ? { year, month, day: day + 1 } : month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
  return [toCalendarDate(parts).replaceAll("-", ""), toCalendarDate(next).replaceAll("-", "")];
}

/** A DURATION such as PT1H or P1DT30M. */
function duration(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3_600);
  const minutes = Math.floor((totalSeconds % 3_600) / 60);
  const seconds = totalSeconds % 60;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
  return `P${days ? `${days}D` : ""}${time || !days ? `T${time || "0S"}` : ""}`;
}

const MAX_OCTETS = 74;

/** Folds a content line so no physical line exceeds 75 octets (74 + the leading space), never inside a character. */
function fold(line: string): string {
  // A UTF-16 code unit is at most 3 octets in UTF-8, so short lines (most of them) fit as they are.
  if (line.length * 3 <= MAX_OCTETS) return line;
  if (/^[\x00-\x7f]*$/.test(line)) {
    if (line.length <= MAX_OCTETS) return line;
    const parts: string[] = [];
    for (let start = 0; start < line.length; start += MAX_OCTETS) parts.push(line.slice(start, start + MAX_OCTETS));
    return parts.join("\r\n ");
  }
  let result = "";
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0) as number;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    octets += size;
    if (octets > MAX_OCTETS) {
      result += "\r\n ";
      octets = size;
    }
    result += char;
  }
  return result;
}

export function buildCalendar(document: CalendarDocument): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stepwise//Stepwise//EN", "METHOD:PUBLISH"];
  lines.push(`NAME:${escapeText(document.name)}`, `X-WR-CALNAME:${escapeText(document.name)}`);
  if (document.description) lines.push(`X-WR-CALDESC:${escapeText(document.description)}`);
  if (document.refreshSeconds) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${duration(document.refreshSeconds)}`, `X-PUBLISHED-TTL:${duration(document.refreshSeconds)}`);
  }
  const stamp = utcDateTime(document.now);
  for (const event of document.events) {
    lines.push("BEGIN:VEVENT", `UID:${event.uid}`, `SEQUENCE:${event.sequence ?? 0}`, `DTSTAMP:${stamp}`);
    if (event.kind === "all-day") {
      // DTEND of an all-day event is exclusive: the next day.
      const [start, end] = allDayValues(event.date);
      lines.push(`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`);
      lines.push("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE");
      lines.push(`SUMMARY:${escapeText(event.summary)}`);
      // A deadline is a marker, not a meeting: it must not show the day as busy.
      lines.push("TRANSP:TRANSPARENT");
    } else {
      lines.push(`DTSTART:${utcDateTime(event.startsAt)}`, `DTEND:${utcDateTime(new Date(event.startsAt.getTime() + event.durationMinutes * 60_000))}`);
      lines.push(`SUMMARY:${escapeText(event.summary)}`);
    }
    lines.push(`DESCRIPTION:${escapeText(event.description)}`, `URL;VALUE=URI:${event.url}`);
    if (event.kind === "timed") lines.push("STATUS:CONFIRMED");
    if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n");
}
