// Turns calendar events (plain DTOs) into an iCalendar (RFC 5545) document with ical-generator.
// Pure: no database, no clock (the caller passes `now`), so the same input gives the same text.
//
// All-day deadlines: a deadline is a calendar date, not an instant, so it must come out as
// DTSTART;VALUE=DATE:YYYYMMDD with no time-zone arithmetic anywhere. ical-generator formats a
// JS Date with its getUTC* fields when neither the calendar nor the event has a time zone, and
// with the process's local fields as soon as one is set. So we give it the date at UTC midnight
// (toDbDate) and never set a time zone: the day written is exactly the day stored, whatever the
// server's TZ (build-calendar.test.ts proves it in processes run under other zones).
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { addDays, isCalendarDate, toDbDate } from "@/lib/time/calendar-date";

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

export function buildCalendar(document: CalendarDocument): string {
  const calendar = ical({
    name: document.name,
    description: document.description,
    prodId: { company: "Stepwise", product: "Stepwise", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: document.refreshSeconds ?? null,
    // Deliberately no `timezone`: see the header comment.
  });
  for (const event of document.events) {
    const common = {
      id: event.uid,
      summary: event.summary,
      description: event.description,
      url: event.url,
      stamp: document.now,
      sequence: event.sequence ?? 0,
      lastModified: event.lastModified ?? null,
    };
    if (event.kind === "all-day") {
      if (!isCalendarDate(event.date)) throw new Error(`Not a calendar date: ${event.date}`);
      calendar.createEvent({
        ...common,
        allDay: true,
        start: toDbDate(event.date),
        // DTEND of an all-day event is exclusive: the next day.
        end: toDbDate(addDays(event.date, 1)),
        // A deadline is a marker, not a meeting: it must not show the day as busy.
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    } else {
      calendar.createEvent({
        ...common,
        start: event.startsAt,
        end: new Date(event.startsAt.getTime() + event.durationMinutes * 60_000),
        status: ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar.toString();
}
